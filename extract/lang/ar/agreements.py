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
}

# Words after إعلان that make it an announcement, not a declaration.
ANNOUNCEMENT_NEXT = {
    "عن", "عنه", "عنها", "عنهم", "عنهما", "أن", "ان", "إن", "الشركة", "الحكومة", "الوزارة", "نتائج", "النتائج", "حالة", "الطوارئ", "وفاة",
    "ترشح", "ترشيح", "موعد", "رسمي", "تجاري", "تجارية", "إعلانات", "الإعلانات", "هذا", "هذه", "ذلك", "نبأ",
    "خبر", "قرار", "القرار", "فوز", "انطلاق", "بدء", "افتتاح", "إفلاس", "الحرب", "الأسماء", "أسماء", "قائمة",
    "في", "على", "من", "ميزانية", "الميزانية", "النية", "عزم", "استقالة", "تشكيل", "الاستعداد", "الاتحاد",
    "الدولة", "المنظمة", "الرئيس", "رئيس", "الجيش",
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
# بالاتفاق مع means "in agreement with": the trigger with this proclitic and the
# article, then this word.
IN_AGREEMENT_PROCLITIC = "ب"
IN_AGREEMENT_NEXT = "مع"
# Contracts only in a context of signing or value (عقد is also "held" and "decade").
CONTRACT_CONTEXT = {"وقع", "وقعت", "توقيع", "أبرم", "أبرمت", "إبرام", "بقيمة", "قيمته", "قيمتها", "منح", "فازت",
                    "فاز", "ترسية"}

# Words that end the phrase naming an agreement.
STOP = {
    "التي", "الذي", "اللتين", "الذين", "اللذين", "في", "على", "عن", "إلى", "الى", "من", "منذ", "عام", "العام",
    "سنة", "عندما", "حيث", "كما", "قد", "لقد", "ما", "أن", "إن", "ان", "هو", "هي", "تم", "كان", "كانت", "وقد",
    "وذلك", "ذلك", "بعد", "قبل", "خلال", "لكن", "ولكن", "أو", "او", "ثم", "حتى", "إذ", "إذا", "بل", "لا", "لم",
    "لن", "يوم", "شهر", "وفي", "فيما", "بينما", "بما", "مما", "عبر", "ضمن", "وهو", "وهي", "الموقعة", "الموقع",
    "المبرمة", "المبرم", "المتعلقة", "الخاصة", "بشأن", "حول", "لتعزيز", "بهدف", "الرامية", "الهادفة",
}
# Topic markers: what follows (up to the end of the phrase) is the topic.
TOPIC_MARKERS = ["بشأن", "حول", "في مجال", "في مجالات", "للتعاون في", "بخصوص", "المتعلقة ب", "الخاصة ب", "لتنظيم"]
# A marker that ends in this preposition (المتعلقة ب) finds it glued to the
# next word (المتعلقة بالمياه): the topic starts after it.
GLUED_PREPOSITION = "ب"
# Party markers inside the phrase.
PARTY_MARKERS = ["بين", "مع"]
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
                "صادقت"]
PLANNED_SIGNING_VERBS = ["ستوقع", "سيوقع"]
SIGNING_VERBS = SIGNED_VERBS + PLANNED_SIGNING_VERBS + ["توقع"]

# Status cues, nearest wins; phrases are looked for in the sentence of the agreement.
STATUS_CUES = {
    "planned": ["من المقرر", "سيتم توقيع", *PLANNED_SIGNING_VERBS, "ستوقعان", "سيوقعان", "لتبني", "تبني",
                "من المتوقع توقيع", "ستبرم", "سيبرم", "سيتم التوقيع", "المزمع", "المرتقب", "المرتقبة", "يعتزم",
                "تعتزم", "ستعتمد", "لاعتماد", "سيتم إبرام", "للتوقيع على", "خطط لتبني", "خطط"],
    "signed": [*SIGNED_VERBS, "تم التوقيع", "تم توقيع", "الموقعة", "الموقع", "موقعة", "وقعتها", "وقعها", "المبرمة",
               "المبرم", "أبرمتها", "توقيع", "صدقت"],
    "in_force": ["دخلت حيز التنفيذ", "دخل حيز التنفيذ", "حيز التنفيذ", "حيز النفاذ", "سارية", "ساري", "السارية", "انضمت",
                 "انضم", "نافذة", "النافذة"],
    "implemented": ["التنفيذ المشترك", "تنفيذ", "من خلال", "بموجب", "طبقت", "تطبيق"],
    "proposed": ["اقترح", "اقترحت", "مشروع اتفاقية", "مشروع اتفاق", "مقترح", "مقترحة", "المقترحة", "المقترح",
                 "اقتراح"],
}
