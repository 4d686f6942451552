"""Arabic language data for agreements (words in ordinary spelling; keyed by
`extract.normalize.key`)."""

# Words (and phrases) that name a kind of agreement: written form → type.
TRIGGERS = {
    "اتفاقية": "agreement", "اتفاقيات": "agreement", "اتفاق": "agreement", "اتفاقات": "agreement",
    "اتفاقيتين": "agreement", "اتفاقيتي": "agreement", "اتفاقا": "agreement",
    "إطار تعاون": "agreement", "الإطار التعاوني": "agreement", "اتفاق إطاري": "agreement",
    "معاهدة": "treaty", "معاهدات": "treaty", "معاهدتي": "treaty",
    "إعلان": "declaration",
    "مذكرة تفاهم": "memorandum", "مذكرات تفاهم": "memorandum", "مذكرتي تفاهم": "memorandum",
    "مذكرة التفاهم": "memorandum", "مذكرات التفاهم": "memorandum",
    "بروتوكول": "protocol", "بروتوكولات": "protocol", "برتوكول": "protocol",
    "ميثاق": "charter", "مواثيق": "charter",
    "خطة عمل": "action_plan", "خطة العمل": "action_plan", "خطط عمل": "action_plan",
    "عقد": "contract", "عقدا": "contract", "عقود": "contract", "صفقة": "contract", "صفقات": "contract",
    "شراكة": "agreement",
}
# A partnership is an agreement only as «شراكة بين X وY» (indefinite, its parties next).
PARTNERSHIP = ["شراكة"]
PARTNERSHIP_NEXT = "بين"
# عقد is also "held" and "decade": a contract only in a context of signing or value.
AMBIGUOUS_CONTRACTS = ["عقد", "عقدا", "عقود"]

# Words after إعلان that make it an announcement, not a declaration.
ANNOUNCEMENT_NEXT = {
    "عن", "عنه", "عنها", "عنهم", "عنهما", "أن", "ان", "إن", "الشركة", "الحكومة", "الوزارة", "نتائج", "النتائج", "حالة", "الطوارئ", "وفاة",
    "ترشح", "ترشيح", "موعد", "رسمي", "تجاري", "تجارية", "إعلانات", "الإعلانات", "هذا", "هذه", "ذلك", "نبأ",
    "خبر", "قرار", "القرار", "فوز", "انطلاق", "بدء", "افتتاح", "إفلاس", "الحرب", "الأسماء", "أسماء", "قائمة",
    "في", "على", "من", "ميزانية", "الميزانية", "النية", "عزم", "استقالة", "تشكيل", "الاستعداد", "الاتحاد",
    "الدولة", "المنظمة", "الرئيس", "رئيس", "الجيش", "عدم", "عزم", "عزمه", "عزمها", "عزمهم", "قيمة", "تفاصيل",
    "موافقة", "رفض", "استعداد", "انسحاب",
}
# After the definite الإعلان only these make it a declaration (الإعلان المشترك).
DEFINITE_DECLARATION_NEXT = {"المشترك", "الختامي", "العالمي", "الدستوري", "الثلاثي", "الثنائي"}
# Adjectives that may follow a trigger without making it specific.
PLAIN_ADJECTIVES = {"الرائدة", "الرائد", "الجديدة", "الجديد", "المهمة", "الهامة", "الاقتصادية", "التجارية",
                    "الثنائية", "الثلاثية", "الرباعية", "المتعددة", "الأطراف", "الدولية", "الإقليمية", "المشتركة",
                    "السابقة", "الحالية", "الأخيرة", "الأولى", "المختلفة", "العديدة", "الكبرى"}

# اتفاق may mean consensus: a word ending in it (الاتفاق، باتفاق) and the
# accusative اتفاقا are no agreement before one of CONSENSUS_NEXT or after one
# of CONSENSUS_PREV (على اتفاق تام).
CONSENSUS_STEM = "اتفاق"
CONSENSUS_FORMS = {"اتفاقا"}
CONSENSUS_NEXT = {"تام", "كامل", "عام", "على", "عليه", "عليها", "عليهم", "عليهما", "بين", "حول", "واسع", "شبه"}
CONSENSUS_PREV = {"على"}
# ... unless a signing word stands before على (الموقعين على اتفاق السلم، وقعت على اتفاق).
SIGN_ON = ["وقع", "وقعت", "وقعا", "الموقعين", "الموقعون", "الموقعة", "التوقيع", "توقيع", "صادق", "صادقت",
           "المصادقة", "وافق", "وافقت", "الموافقة", "موافقة"]
# اتفاق في الرأي (agreement in opinion) is consensus: في then one of these.
CONSENSUS_IN = "في"
CONSENSUS_IN_NEXT = {"الرأي", "الآراء", "وجهات", "المواقف", "الرؤى"}
# Verbs right after a trigger: not its name (اتفاقية تهدف إلى ...، مذكرات تفاهم سيعقبها).
VERBS_AFTER = ["تهدف", "يهدف", "تنص", "ينص", "تتضمن", "يتضمن", "تشمل", "يشمل", "تسمح", "يسمح", "تقضي", "يقضي",
               "تتيح", "يتيح", "تمنح", "يمنح", "سيعقبها", "سيعقبه", "ستسمح", "سيسمح", "ستتيح", "سيتيح", "ستشمل",
               "سيشمل", "ستمنح", "سيمنح", "ستكون", "سيكون", "تعد", "يعد", "تعتبر", "يعتبر"]
# بالاتفاق مع means "in agreement with": the trigger with this proclitic and the
# article, then this word.
IN_AGREEMENT_PROCLITIC = "ب"
IN_AGREEMENT_NEXT = "مع"
# Contracts only in a context of signing or value (عقد is also "held" and "decade").
CONTRACT_CONTEXT = {"وقع", "وقعت", "توقيع", "أبرم", "أبرمت", "إبرام", "بقيمة", "قيمته", "قيمتها", "منح", "فازت",
                    "فاز", "ترسية", "كلفتها", "كلفته", "بتكلفة"}

# Words that end the phrase naming an agreement.
STOP = {
    "التي", "الذي", "اللتين", "الذين", "اللذين", "في", "على", "عن", "إلى", "الى", "من", "منذ", "عام", "العام",
    "سنة", "عندما", "حيث", "كما", "قد", "لقد", "ما", "أن", "إن", "ان", "هو", "هي", "تم", "كان", "كانت", "وقد",
    "وذلك", "ذلك", "بعد", "قبل", "خلال", "لكن", "ولكن", "أو", "او", "ثم", "حتى", "إذ", "إذا", "بل", "لا", "لم",
    "لن", "يوم", "شهر", "وفي", "فيما", "بينما", "بما", "مما", "عبر", "ضمن", "وهو", "وهي", "الموقعة", "الموقع",
    "المبرمة", "المبرم", "المتعلقة", "الخاصة", "بشأن", "حول", "لتعزيز", "بهدف", "الرامية", "الهادفة",
    "لكنها", "لكنه", "لكنهم", "ولكنها", "ولكنه", "إلا", "غير",
}
# Topic markers: what follows (up to the end of the phrase) is the topic.
TOPIC_MARKERS = ["بشأن", "حول", "في مجال", "في مجالات", "للتعاون في", "بخصوص", "المتعلقة ب", "الخاصة ب", "لتنظيم"]
# A marker that ends in this preposition (المتعلقة ب) finds it glued to the
# next word (المتعلقة بالمياه): the topic starts after it.
GLUED_PREPOSITION = "ب"
# Party markers inside the phrase.
PARTY_MARKERS = ["بين", "مع"]
PARTY_MARKERS_BETWEEN = "بين"
# After a party marker these nouns go on naming the parties (بين دول آسيا الوسطى).
PARTY_NOUNS = ["دول", "دولة", "الدول", "حكومة", "حكومتي", "حكومات"]

# Plural triggers (and first words of plural phrases): vague unless they have
# a complement or a named party.
PLURAL_TRIGGERS = ["اتفاقيات", "اتفاقات", "معاهدات", "مذكرات", "بروتوكولات", "عقود", "صفقات", "مواثيق", "خطط"]

# Quantifiers that make a mention vague (specific: false).
VAGUE_BEFORE = ["مجموعة من", "عدد من", "عدة", "بعض", "العديد من", "سلسلة من", "جملة من", "حزمة من", "جميع",
                "كل", "عشرات", "مختلف"]

# Signing verbs: the countries between one and the trigger are parties
# (وقعت مصر والسعودية اتفاقية).  They are status cues too.
SIGNED_VERBS = ["وقعت", "وقع", "وقعا", "وقعتا", "أبرمت", "أبرم", "اتفقت", "اتفق", "اتفقا", "تبنت", "اعتمدت",
                "صادقت", "توصلت", "توصل", "توصلا", "توصلتا"]
PLANNED_SIGNING_VERBS = ["ستوقع", "سيوقع", "سيوقعون", "ستوقعون"]
SIGNING_VERBS = SIGNED_VERBS + PLANNED_SIGNING_VERBS + ["توقع"]

# Status cues, nearest wins; phrases are looked for in the sentence of the agreement.
STATUS_CUES = {
    "planned": ["من المقرر", "سيتم توقيع", *PLANNED_SIGNING_VERBS, "ستوقعان", "سيوقعان", "لتبني", "تبني",
                "من المتوقع توقيع", "ستبرم", "سيبرم", "سيتم التوقيع", "المزمع", "المرتقب", "المرتقبة", "يعتزم",
                "تعتزم", "ستعتمد", "لاعتماد", "سيتم إبرام", "للتوقيع على", "خطط لتبني", "خطط"],
    "signed": [*SIGNED_VERBS, "تم التوقيع", "تم توقيع", "الموقعة", "الموقع", "موقعة", "وقعتها", "وقعها", "المبرمة",
               "المبرم", "أبرمتها", "توقيع", "صدقت", "وقعته", "وقعه", "توقيعه", "توقيعها", "أبرمته", "الموقعين",
               "الموقعون"],
    "in_force": ["دخلت حيز التنفيذ", "دخل حيز التنفيذ", "حيز التنفيذ", "حيز النفاذ", "سارية", "ساري", "السارية", "انضمت",
                 "انضم", "نافذة", "النافذة", "وفقا", "في إطار", "ضمن إطار",
                 # withdrawing from it: it was in force (انسحاب الولايات المتحدة من الاتفاق النووي)
                 "انسحاب", "انسحب", "انسحبت", "الانسحاب", "سحب", "ستنسحب", "تنسحب", "ينسحب"],
    "implemented": ["التنفيذ المشترك", "تنفيذ", "من خلال", "بموجب", "طبقت", "تطبيق"],
    "proposed": ["اقترح", "اقترحت", "مشروع اتفاقية", "مشروع اتفاق", "مقترح", "مقترحة", "المقترحة", "المقترح",
                 "اقتراح", "للتوصل", "رفض", "رفضت", "رفضوا"],
}

# --- one record per agreement (extract/agreements/links.py) -------------------------
# Demonstratives before a trigger make it a reference (هذا الاتفاق، هذه الصفقة).
DEMONSTRATIVES = ["هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين", "هذان", "هاتان"]
# Words after a definite trigger that leave it a bare reference to an agreement
# named before (الاتفاقية الجديدة، الاتفاق المذكور، الاتفاق الحالي).
REFERENCE_WORDS = ["الجديدة", "الجديد", "المذكور", "المذكورة", "الحالي", "الحالية", "الراهن", "الراهنة", "المشار", "إليه", "إليها",
                   "نفسه", "نفسها", "ذاته", "ذاتها", "الأصلي", "الأصلية"]
# Number words before a plural trigger: a counted set (سبع اتفاقيات), with the number.
COUNT_WORDS = {
    "اثنتين": 2, "اثنين": 2, "ثلاث": 3, "ثلاثة": 3, "أربع": 4, "أربعة": 4, "خمس": 5, "خمسة": 5, "ست": 6,
    "ستة": 6, "سبع": 7, "سبعة": 7, "ثماني": 8, "ثمان": 8, "ثمانية": 8, "تسع": 9, "تسعة": 9, "عشر": 10,
    "عشرة": 10,
}
# Dual triggers: a counted set of two (اتفاقيتين، مذكرتي تفاهم).
DUAL_TRIGGERS = ["اتفاقيتين", "اتفاقيتي", "اتفاقيتان", "معاهدتي", "معاهدتين", "مذكرتي", "مذكرتين", "عقدين",
                 "صفقتين", "بروتوكولين"]
# The two sides of a bilateral context: resolved to the two countries the
# sentence (or the one before) names (وقع البلدان، بين الجانبين).
BILATERAL = ["البلدين", "البلدان", "الجانبين", "الجانبان", "الطرفين", "الطرفان", "الدولتين", "الدولتان"]
# Withdrawing (or threatening to) from an agreement: who withdraws is a party
# (انسحاب الولايات المتحدة من الاتفاق النووي).
WITHDRAWAL_WORDS = ["انسحاب", "انسحب", "انسحبت", "ينسحب", "تنسحب", "الانسحاب", "خروج", "الخروج", "يخرج",
                    "تخرج", "خرجت", "سحب"]
WITHDRAWAL_FROM = "من"
# Value markers inside the phrase: the amount belongs to it (عقدا بقيمة خمسة مليارات دولار مع إيران).
VALUE_MARKERS = ["بقيمة", "قيمته", "قيمتها", "بمبلغ", "بتكلفة", "كلفتها"]
# Words after a definite trigger that single out another agreement than the
# one named before (الاتفاقية الأخيرة، الاتفاقية الأولى): no reference.
OTHER_AGREEMENT_WORDS = ["الأخيرة", "الأخير", "الأولى", "الأول", "الثانية", "الثاني", "الأخرى", "الآخر"]
# Relative words after a definite trigger whose clause holds the party phrase
# (الاتفاق الذي تم توقيعه بين مجموعة ديليك ... ومصر): the clause stays inside.
RELATIVES = ["الذي", "التي"]
RELATIVE_SIGNING = ["تم", "وقع", "وقعت", "أبرم", "أبرمت", "وقعها", "وقعته", "أبرمته", "أبرمتها", "وقعتها"]
# Prepositions that go on the object of an agreement (لاستيراد الغاز من إسرائيل،
# لتوريد الغاز إلى الأردن) when a country or a definite noun follows.
OBJECT_PREPOSITIONS = ["من", "إلى", "الى"]
# «وكل من» after a party marker goes on listing the parties (بين شركة سابك وكل من ...).
EACH_OF = "وكل"
EACH_OF_NEXT = "من"
# Nouns of an object (صفقة شراء غواصات ألمانية): the object and its adjective follow.
OBJECT_NOUNS = ["شراء", "بيع", "توريد", "تزويد", "استيراد", "تصدير", "بناء", "تطوير", "إنشاء", "تصنيع"]
# A subject before the signing verb: after كان/كانت (وكانت إسرائيل وقعت عقدا، وكانت
# الولايات المتحدة وخمس قوى دولية قد وقعت اتفاقا), the verb perhaps after قد.
AUXILIARIES = ["كان", "كانت", "كانا", "كانتا"]
QAD = "قد"
# Indefinite adjectives that go on an indefinite trigger's name (اتفاق تجاري جديد، اتفاق تبادل حر).
INDEFINITE_ADJECTIVES = ["جديد", "جديدة", "حر", "حرة", "شامل", "شاملة", "مشترك", "مشتركة", "نهائي", "نهائية",
                         "مبدئي", "مبدئية", "أولي", "أولية", "ثنائي", "ثنائية", "تاريخي", "تاريخية", "مماثل",
                         "مماثلة", "دولي", "دولية", "إقليمي", "إقليمية"]
# «عام 2015» after a trigger is its year (اتفاق عام 2015), not «general» (اتفاق عام).
YEAR_WORDS = ["عام", "العام", "لعام"]
