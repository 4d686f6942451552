"""Examples of people named in real Arabic news sentences, with the records a reader writes."""
# Each case: (id, sentence, [expected people in text order]) and, for a case the
# pipeline gets wrong today, a fourth element {"xfail": "what goes wrong"}.  The id
# names the rule the case exercises (extract/entities.py's docstring).
# A person is {"name", "title", "country", "mentions": [texts]} (docs/annotation.md,
# People): the name without title or clitics, the title as written closest to the
# name without the nationality adjective, the country the text ties the person to
# (for a head of state or government, a minister or another state official, the
# country a reader knows the person represents); "organization" is compared only
# where a case gives it.  "optional": True marks a record that may be missing, but
# when found must be right.
# The comment above a case names its source: an ANT news article id or a file of
# corpus/wiki/articles.
CASES = []

# ---------------------------------------------------------------------------
# A title, its office, a nationality adjective or a country, then a name
# ---------------------------------------------------------------------------
CASES += [
    # 09-egypt-israel-peace-treaty.txt
    ("title-nationality-name",
     "وقد وقع على المعاهدة المصرية الإسرائيلية الرئيس المصري أنور السادات ورئيس الوزراء الإسرائيلي مناحم بيغن، وشهدها رئيس الولايات المتحدة جيمي كارتر.",
     [{"name": "أنور السادات", "title": "الرئيس", "country": "EG", "mentions": ["أنور السادات"]},
      {"name": "مناحم بيغن", "title": "رئيس الوزراء", "country": "IL", "mentions": ["مناحم بيغن"]},
      {"name": "جيمي كارتر", "title": "رئيس", "country": "US", "mentions": ["جيمي كارتر"]}]),
    # seed.txt
    ("title-office-nationality-name",
     "وقال وزير الاستثمار والصناعة والتجارة الأوزبكي عزيز كودراتوف إن المحادثات ستعطي “دفعة بناءة لتكامل آسيا الوسطى”.",
     [{"name": "عزيز كودراتوف", "title": "وزير الاستثمار والصناعة والتجارة", "country": "UZ",
       "mentions": ["عزيز كودراتوف"]}]),
    # AL-economy-28-20180212: the role, not the honorific الدكتور, is the title
    ("title-office-nationality-honorific-name",
     "كشف وزير التجارة والاستثمار السعودي الدكتور ماجد بن عبدالله القصبي عن أمر سامٍ من خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز يقضي بحصر جميع مستحقات الموردين والمتعهدين والمقاولين المتأخرة لدى الجهات الحكومية ووضع حلول عاجلة لإنهائها.",
     [{"name": "ماجد بن عبدالله القصبي", "title": "وزير التجارة والاستثمار", "country": "SA",
       "mentions": ["ماجد بن عبدالله القصبي"]},
      {"name": "سلمان بن عبدالعزيز", "title": "الملك", "country": "SA", "mentions": ["سلمان بن عبدالعزيز"]}],
     {"xfail": "the name stops before القصبي (ماجد بن عبدالله); سامٍ (in أمر سامٍ) comes out as a person; "
               "the king of خادم الحرمين الشريفين gets no country"}),
    # AL-economy-1038-20180717
    ("title-spokesman-of-organization-name",
     "وقال المتحدث باسم المفوضية الأوروبية مارغاريتيس سكيناس إن الاتفاق مع اليابان الذي يأتي توقيعه بعد محادثات بدأت عام 2013، هو اتفاق \"تاريخي\" و\"أهم اتفاق فاوض عليه الاتحاد الأوروبي حتى الآن\".",
     [{"name": "مارغاريتيس سكيناس", "title": "المتحدث باسم المفوضية الأوروبية", "country": None,
       "mentions": ["مارغاريتيس سكيناس"]}]),
    # AL-economy-431-20180412: the adjective of the ministry stays in the title
    ("title-spokesman-of-national-ministry-name",
     "غير أن المتحدث باسم وزارة التجارة الصينية غاو فنغ حذر من أن بكين على استعداد للرد في حال مضت الولايات المتحدة في تطبيق خطتها الاقتصادية الحمائية.",
     [{"name": "غاو فنغ", "title": "المتحدث باسم وزارة التجارة الصينية", "country": "CN",
       "mentions": ["غاو فنغ"]}],
     {"xfail": "no person: the title's office stops at وزارة (no article), so no name follows it"}),
    # AL-economy-239-20180314
    ("title-spokesman-of-ministry-two-syllable-name",
     "وقال المتحدث باسم وزارة الخارجية لو كانغ في إفادة صحفية يومية إن الصين ستتخذ إجراءات صارمة لحماية حقوقها التجارية المشروعة.",
     [{"name": "لو كانغ", "title": "المتحدث باسم وزارة الخارجية", "country": "CN", "mentions": ["لو كانغ"]}],
     {"xfail": "the title's office stops at وزارة (no article): the name is found by the model alone, "
               "without title and country"}),
    # 12-gerd-nile-dam.txt: a one-word name with the article right after the title
    ("title-nationality-one-word-name-with-article",
     "وبعد لقاء بين وزراء المياه من مصر والسودان وإثيوبيا في مارس 2012، قال الرئيس السوداني البشير إنه يؤيد بناء السد.",
     [{"name": "البشير", "title": "الرئيس", "country": "SD", "mentions": ["البشير"]}]),
    # CN-economy-456-20181017
    ("title-nationality-one-word-name",
     "وفي وقت سابق، رفع البنك المركزي التركي معدلات الفائدة إلى 24%، على غير رغبة الرئيس التركي أردوغان.",
     [{"name": "أردوغان", "title": "الرئيس", "country": "TR", "mentions": ["أردوغان"]}]),
    # AL-internationalNews-1097-20180510
    ("title-country-name-and-name-before-a-verb",
     "وأوضح لافروف أن الرئيس الروسي بوتين بحث مع رئيس وزراء إسرائيل بنيامين نتنياهو في موسكو خطر التصعيد.",
     [{"name": "لافروف", "title": None, "country": "RU", "mentions": ["لافروف"]},
      {"name": "بوتين", "title": "الرئيس", "country": "RU", "mentions": ["بوتين"]},
      {"name": "بنيامين نتنياهو", "title": "رئيس وزراء", "country": "IL", "mentions": ["بنيامين نتنياهو"]}],
     {"xfail": "the verb after a one-word name joins it (بوتين بحث); the foreign minister لافروف gets no country"}),
    # AL-internationalNews-1114-20180511: TITLE، NAME، with commas around the name
    ("title-comma-name-comma",
     "وأوضح لافروف أن الرئيس الروسي، فلاديمير بوتين، بحث في موسكو مع رئيس وزراء إسرائيل، بنيامين نتنياهو، خطر التصعيد.",
     [{"name": "لافروف", "title": None, "country": "RU", "mentions": ["لافروف"]},
      {"name": "فلاديمير بوتين", "title": "الرئيس", "country": "RU", "mentions": ["فلاديمير بوتين"]},
      {"name": "بنيامين نتنياهو", "title": "رئيس وزراء", "country": "IL", "mentions": ["بنيامين نتنياهو"]}]),
    # AL-economy-38-20180211
    ("title-of-national-body-comma-name",
     "وأوضح رئيس القطاع التجاري بهيئة البريد المصري، سامح أبو السعود، أن تقدیم خدمة تحصیل فواتیر الكهرباء سواء القدیمة أو العدادات الكودیة مسبوقة الدفع عبر مكاتب البرید یأتي في إطار دعم خطط الدولة تسهيلاً على المواطنین.",
     [{"name": "سامح أبو السعود", "title": "رئيس القطاع التجاري بهيئة البريد المصري", "country": "EG",
       "mentions": ["سامح أبو السعود"]}]),
    # BB-internationalNews-1069-20180909: the nationality adjective leaves the title
    # even in the middle (وزير الخارجية البريطاني السابق → وزير الخارجية السابق)
    ("title-nationality-in-the-middle",
     "هاجم وزير الخارجية البريطاني السابق بوريس جونسون خطة رئيسة الوزراء تيريزا ماي للخروج من الاتحاد الأوروبي ووصفها بأنها بأنها \"سترة ناسف\" حول الدستور البريطاني.",
     [{"name": "بوريس جونسون", "title": "وزير الخارجية السابق", "country": "GB", "mentions": ["بوريس جونسون"]},
      {"name": "تيريزا ماي", "title": "رئيسة الوزراء", "country": "GB", "mentions": ["تيريزا ماي"]}],
     {"xfail": "السابق after the adjective ends the title: بوريس جونسون has no title nor country; "
               "تيريزا ماي gets no country"}),
    # BB-internationalNews-362-20180420: hamza-less الامريكي, a two-word adjective
    ("title-missing-hamza-nationality-name",
     "قال وزير الخارجية الروسي سيرغي لافروف إن بلاده لن تعرض استضافة لقاء القمة بين الرئيس الامريكي دونالد ترامب والرئيس الكوري الشمالي كيم جونغ أون، وفقا لوكالة أنباء آر آي أيه .",
     [{"name": "سيرغي لافروف", "title": "وزير الخارجية", "country": "RU", "mentions": ["سيرغي لافروف"]},
      {"name": "دونالد ترامب", "title": "الرئيس", "country": "US", "mentions": ["دونالد ترامب"]},
      {"name": "كيم جونغ أون", "title": "الرئيس", "country": "KP", "mentions": ["كيم جونغ أون"]}]),
    # AL-economy-208-20180310: ل + الرئيس (the article's alef elided)
    ("title-after-lam",
     "وفاقت هذه النتائج توقعات خبراء الاقتصاد وشكلت دفعا إيجابيا للرئيس دونالد ترمب في الوقت الذي تواجه فيه أجندته الاقتصادية التي تقوم على شعار \"أميركا أولا\" صعوبات.",
     [{"name": "دونالد ترمب", "title": "الرئيس", "country": "US", "mentions": ["دونالد ترمب"]}],
     {"xfail": "the title keeps the elided article's ل (لرئيس); the president gets no country"}),
    # AL-economy-141-20180301: a name that starts with an adjective word (أكبر)
    ("title-after-lam-name-like-an-adjective",
     "وفي قطاع الطيران، منيت الخطوط الجوية القطرية بأول خسائر سنوية لها في 7 سنوات خلال 2017 بحسب تصريحات حديثة للرئيس التنفيذي أكبر الباكر.",
     [{"name": "أكبر الباكر", "title": "الرئيس التنفيذي", "country": None, "mentions": ["أكبر الباكر"]}],
     {"xfail": "the title keeps the elided article's ل (لرئيس التنفيذي)"}),
    # 10-sharm-el-sheikh-summits.txt: شرم الشيخ is a place; العاهل الأردني before الملك
    ("king-after-monarch-nationality-not-title-sharm-el-sheikh",
     "هي قمة رباعية عقدت في فبراير 2005 بمدينة شرم الشيخ ضمت كل من الرئيس حسني مبارك، والعاهل الأردني الملك عبد الله الثاني، والرئيس الفلسطيني محمود عباس، ورئيس الوزراء الإسرائيلي أرئيل شارون.",
     [{"name": "حسني مبارك", "title": "الرئيس", "country": "EG", "mentions": ["حسني مبارك"]},
      {"name": "عبد الله الثاني", "title": "الملك", "country": "JO", "mentions": ["عبد الله الثاني"]},
      {"name": "محمود عباس", "title": "الرئيس", "country": "PS", "mentions": ["محمود عباس"]},
      {"name": "أرئيل شارون", "title": "رئيس الوزراء", "country": "IL", "mentions": ["أرئيل شارون"]}]),
    # AL-economy-231-20180313: أمير is a first name here, not the title الأمير
    ("first-name-amir-then-title-of-the-president",
     "أبلغ أمير الكناني المستشار القانوني للرئيس العراقي فؤاد معصوم وكالة \"رويترز\" اليوم الثلاثاء، أن الرئيس رفض الموافقة على ميزانية 2018 بسبب ما قال إنها مخالفات دستورية وقانونية.",
     [{"name": "أمير الكناني", "title": "المستشار القانوني للرئيس العراقي", "country": "IQ",
       "mentions": ["أمير الكناني"]},
      {"name": "فؤاد معصوم", "title": "الرئيس", "country": "IQ", "mentions": ["فؤاد معصوم"]}],
     {"xfail": "أمير الكناني is not found; the title keeps ل (لرئيس); الرئيس رفض الموافقة "
               "makes a person of رفض الموافقة"}),
    # AL-economy-749-20180605
    ("title-name-then-definite-object",
     "ويتعين أن يقر الرئيس عبد الفتاح السيسي الموازنة، وهي خطوة يُنظر إليها على أنها إجراء شكلي، قبل أن تصبح الموازنة سارية المفعول.",
     [{"name": "عبد الفتاح السيسي", "title": "الرئيس", "country": "EG", "mentions": ["عبد الفتاح السيسي"]}],
     {"xfail": "the verb's object الموازنة joins the name, and the later الموازنة becomes its short form; "
               "the president gets no country"}),
]

# ---------------------------------------------------------------------------
# The title after the name, in apposition (NAME، TITLE في ORG), which also gives
# the organization
# ---------------------------------------------------------------------------
CASES += [
    # seed.txt
    ("apposition-title-and-organization",
     "وقال أسيل توليبيكوف، الأستاذ المشارك في جامعة ماكسوت ناريكباييف في أستانا، إن الاجتماعات “أصبحت تقليدا إيجابيا، يظهر أن دول آسيا الوسطى متحدة بشكل متزايد لمواجهة التحديات العالمية والإقليمية”.",
     [{"name": "أسيل توليبيكوف", "title": "الأستاذ المشارك", "country": None,
       "organization": "جامعة ماكسوت ناريكباييف", "mentions": ["أسيل توليبيكوف"]}]),
    # AL-economy-107-20180226: a name with a diacritic; the company belongs to the title
    ("apposition-title-with-company",
     "وقال عبدالله العمُر، الرئيس التنفيذي لشركة الشرق للأوسط لمحركات الطائرات إحدى شركات التوازن الاقتصادي: \"لدينا مشروع كبير مع جنرال إلكتريك ومع القوات الجوية لصيانة محركات الطائرات الحربية ومحركات الأباتشي والبلاك هوك مع القوات البرية ووزارة الحرس الوطني\".",
     [{"name": "عبدالله العمُر", "title": "الرئيس التنفيذي لشركة الشرق للأوسط لمحركات الطائرات", "country": None,
       "organization": "شركة الشرق للأوسط لمحركات الطائرات", "mentions": ["عبدالله العمُر"]}],
     {"xfail": "the title stops before its company and the organization is cut to شركة الشرق"}),
    # AL-economy-135-20180301: the particle أبو inside the name; a quoted company
    ("apposition-title-with-quoted-company",
     "أكد وليد أبو خالد، الرئيس التنفيذي لشركة \"نورثروب جرومان\" في مقابلة مع العربية، على هامش معرض الصناعات العسكرية في الرياض، أنه لا بد من وجود ترابط بين القطاعين الخاص والعام لإنجاح هدف توطين الصناعات العسكرية، مشيرا إلى ضرورة وجود معايير محددة للصناعات العسكرية.",
     [{"name": "وليد أبو خالد", "title": "الرئيس التنفيذي لشركة \"نورثروب جرومان\"", "country": None,
       "organization": "نورثروب جرومان", "mentions": ["وليد أبو خالد"]}],
     {"xfail": "the title stops before its company; the organization keeps ل and an opening quote "
               "(لشركة \"نورثروب جرومان)"}),
    # AL-economy-604-20180517: the title right after the name, without a comma
    ("apposition-title-without-comma",
     "وقال دونالد توسك رئيس المجلس الأوروبي، الذي ترأس اجتماع القادة في العاصمة البلغارية صوفيا: \"ما دامت إيران تحترم بنود الاتفاق، فإن الاتحاد الأوروبي سيحترمها أيضاً\".",
     [{"name": "دونالد توسك", "title": "رئيس المجلس الأوروبي", "country": None, "mentions": ["دونالد توسك"]}]),
    # AL-economy-338-20180328: د. glued to the name; the role after the name is the title
    ("abbreviated-honorific-then-role-after-name",
     "أكد د.حسام خنكار خبير الطاقة المتجددة في مدينة الملك عبدالعزيز للعلوم والتقنية، أن السعودية تملك موارد كبيرة من الإسقاط الشمسي تفوق ما تملكه معظم دول العالم.",
     [{"name": "حسام خنكار", "title": "خبير الطاقة المتجددة", "country": None,
       "organization": "مدينة الملك عبدالعزيز للعلوم والتقنية", "mentions": ["حسام خنكار"]}],
     {"xfail": "the role after the name (خبير الطاقة المتجددة) is not taken as the title; "
               "الملك عبدالعزيز للعلوم inside the city's name comes out as a person"}),
]

# ---------------------------------------------------------------------------
# Later short forms join the person; names in hashtags, Latin script and
# transliteration
# ---------------------------------------------------------------------------
CASES += [
    # AL-economy-784-20180610
    ("short-form-joins-the-person",
     "بهذا الاقتراح، يسير شولتس في نفس اتجاه الرئيس الفرنسي إيمانويل ماكرون، الذي يرى أن هناك حاجة ملحة إلى إجراء إصلاحات واسعة النطاق داخل الاتحاد الأوروبي، وفي إطار ذلك يسعى ماكرون إلى إنشاء تأمين لمكافحة البطالة على مستوى الاتحاد الأوروبي.",
     [{"name": "شولتس", "title": None, "country": "DE", "mentions": ["شولتس"]},
      {"name": "إيمانويل ماكرون", "title": "الرئيس", "country": "FR", "mentions": ["إيمانويل ماكرون", "ماكرون"]}]),
    # FR-internationalNews-2226-20180709
    ("short-form-after-name-then-weekday",
     "عرض الرئيس الفرنسي إيمانويل ماكرون الاثنين على البرلمان الملتئم بمجلسيه في قصر فرساي مشاريعه الإصلاحية للسنة المقبلة، وقال ماكرون إن سياسته ستكون ذات صبغة اجتماعية.",
     [{"name": "إيمانويل ماكرون", "title": "الرئيس", "country": "FR", "mentions": ["إيمانويل ماكرون", "ماكرون"]}],
     {"xfail": "the weekday الاثنين joins the name, so the later ماكرون is not its short form"}),
    # AL-economy-374-20180404: the short form after a title, inside a quote
    ("short-form-with-title-in-a-quote",
     "والتقى راخوي بعدها الرئيس عبدالعزيز بوتفليقة، وكتب على حسابه على موقع تويتر: \"بحثت مع الرئيس بوتفليقة قضايا إقليمية تهم #إسبانيا والجزائر\".",
     [{"name": "راخوي", "title": None, "country": "ES", "mentions": ["راخوي"]},
      {"name": "عبدالعزيز بوتفليقة", "title": "الرئيس", "country": "DZ",
       "mentions": ["عبدالعزيز بوتفليقة", "بوتفليقة"]}],
     {"xfail": "the Spanish prime minister راخوي is not found; الرئيس بوتفليقة قضايا إقليمية تهم makes a "
               "second person; no country for the presidents"}),
    # AL-internationalNews-387-20180307: the mention leaves out # and keeps _
    ("hashtag-name-with-underscores",
     "أعلن قضاة محكمة في لاهاي، مدعومة من الأمم المتحدة، في حكم صدر، الأربعاء، أن التفجير الذي أودى بحياة رئيس الوزراء اللبناني السابق #رفيق_الحريري عام 2005 كان عملاً إرهابياً.",
     [{"name": "رفيق الحريري", "title": "رئيس الوزراء السابق", "country": "LB", "mentions": ["رفيق_الحريري"]}],
     {"xfail": "a name written as a hashtag is not found"}),
    # AL-internationalNews-130-20180221: a hashtag inside the name, then the surname alone
    ("hashtag-inside-a-name-then-surname",
     "ذكرت وسائل إعلام إسرائيلية أن أحد المقربين من رئيس الوزراء بنيامين #نتنياهو تحول إلى \"شاهد ملك\"، وسيجرم نتنياهو في مزاعم بالفساد، وذلك في أحدث حلقات سلسلة من التطورات الهائلة التي تهدد بإسقاط الزعيم الإسرائيلي المأزوم.",
     [{"name": "بنيامين نتنياهو", "title": "رئيس الوزراء", "country": "IL",
       "mentions": ["بنيامين #نتنياهو", "نتنياهو"]}],
     {"xfail": "# ends the name: بنيامين and نتنياهو come out as two people, without country"}),
    # AL-economy-1051-20180719
    ("latin-script-name-with-apposition",
     "وبرز الاتحاد الأوروبي ككيان مناهض للشركات التقنية الكبرى، بعد أن طور وطبق قواعد صارمة تتعلق بحماية بيانات المستخدمين، والخطاب الذي يحض على الكراهية والضرائب وقضايا المنافسة، وقال Nicolas Petit، الأستاذ بجامعة ،Liege وزميل زائر في معهد Hoover في Stanford: \"عندما تكون شركة مهيمنة في أوروبا، فإنك تخضع لمزيد من التدقيق والمسؤولية\"، بحسب ما نقلته \"البوابة العربية للأخبار التقنية\".",
     [{"name": "Nicolas Petit", "title": "الأستاذ", "country": None, "mentions": ["Nicolas Petit"]}],
     {"xfail": "the Latin-script name is cut to Nicolas and gets no title"}),
    # AL-economy-788-20180610: a transliterated name after the office of a union
    ("transliterated-name-after-office",
     "وقالت وزيرة خارجية الاتحاد الأوروبي فيديريكا موغريني خلال مؤتمر صحافي في عمان: \"ستجدون الاتحاد الأوروبي دائماً إلى جانبكم يقدم الدعم الكامل لجهود الإصلاح\".",
     [{"name": "فيديريكا موغريني", "title": "وزيرة خارجية الاتحاد الأوروبي", "country": None,
       "mentions": ["فيديريكا موغريني"]}],
     {"xfail": "the title is cut to وزيرة: خارجية does not continue a title"}),
    # AL-economy-459-20180504: ولي العهد is the role, الأمير the honorific; a king
    # named only inside a centre's name may be left out
    ("crown-prince-role-before-honorific",
     "يشار إلى أن استكمال مركز الملك عبد الله المالي سيكون علامة بارزة في خطة الإصلاح الاقتصادي والاجتماعي للمملكة 2030، والتي أطلقها ولي العهد الأمير محمد بن سلمان عام 2016.",
     [{"name": "عبد الله", "title": "الملك", "country": "SA", "mentions": ["عبد الله"], "optional": True},
      {"name": "محمد بن سلمان", "title": "ولي العهد", "country": "SA", "mentions": ["محمد بن سلمان"]}],
     {"xfail": "names run over the next words (عبد الله المالي سيكون, محمد بن سلمان عام); "
               "the honorific stays in the title (ولي العهد الأمير); no country"}),
]

# ---------------------------------------------------------------------------
# Not people: a title with no name, a title word inside a place's name, a title
# before an organization
# ---------------------------------------------------------------------------
CASES += [
    # SK-internationalNews-2840-20180801
    ("not-person-title-without-name",
     "وأكد وزير الخارجية الإيراني أن \"التهديدات والعقوبات وأساليب العلاقات العامة لن تجدي\"، وأضاف \"جربوا الاحترام للإيرانيين وللالتزامات الدولية\".",
     []),
    # SK-middleEast-895-20180410
    ("not-person-spokesman-of-army",
     "وقال المتحدث باسم الجيش الإسرائيلي إن \"هذا الشريط يصوّر واقعة جرت على ما يبدو قبل أشهر عدة\"، وأضاف أن \"هذا الحادث موضع دراسة وسيخضع لتحقيق معمّق\".",
     []),
    # 09-egypt-israel-peace-treaty.txt
    ("not-title-sharm-el-sheikh",
     "بموافقة إسرائيل، نقلت مصر كتيبتين، حوالي 800 جندي، إلى منطقة شرم الشيخ في أقصى جنوب سيناء، بعيدا عن إسرائيل.",
     []),
    # AL-economy-1006-20180712
    ("not-person-title-before-hashtag-organization",
     "قال رئيس #صندوق_الثروة_السيادية_الصيني إنه يبدو أن حربا تجارية مع الولايات المتحدة لا يمكن تفاديها وإن النزاع سيكون له تأثير سلبي على استثمارات الصندوق.",
     []),
    # AL-economy-519-20180506: مدينة الملك / مطار الملك name places
    ("not-title-king-in-place-names",
     "وتتجاوز سرعة القطار الكهربائي 300 كيلومتر في الساعة، ويبلغ طول سكته الحديدية الإجمالي 450 كيلومتراً، إذ يربط مكة المكرمة بالمدينة المنورة ويمرّ بمحطات عصرية حديثة في مدينة الملك عبدالله الاقتصادية، ومطار الملك عبدالعزيز الدولي، ومدينة جدة، وهو قادر على استيعاب 60 مليون مسافر سنويًا.",
     [],
     {"xfail": "ومطار الملك (with و) is not matched as a place, so عبدالعزيز الدولي comes out as a king"}),
]

# ---------------------------------------------------------------------------
# Common words are no names, companies are no one, leaders' countries (issue 15)
# ---------------------------------------------------------------------------
CASES += [
    # CN-middleEast-1607-20181018: common words after a title (عدة مرات) are no name
    ("common-words-after-title-are-no-name",
     "وبينما كان ترامب يستقل طائرة في قاعدة أندروز المشتركة، قال الرئيس الأمريكي عدة مرات إنه ينتظر نتائج التحقيق.",
     [{"name": "ترامب", "title": None, "country": "US", "mentions": ["ترامب"]}]),
    # (negative) CN-economy-418-20181012: a company in quotes is no person
    ("company-is-no-person",
     "الآن وبعد أن انضمت \"أمازون\" إلى شركة \"أبل\" في نادي التريليون دولار كقيمة سوقية، سيبدأ السباق.",
     []),
    # AL-internationalNews-1097-20180510: a leader named by surname alone gets his country
    ("leader-surname-gets-country",
     "وقال بومبيو إن بلاده ستفرض عقوبات جديدة.",
     [{"name": "بومبيو", "title": None, "country": "US", "mentions": ["بومبيو"]}]),
    # (namesake) a nationality in the text wins over the gazetteer
    ("leader-namesake-text-country-wins",
     "وقال السفير الكندي جون كيري إن بلاده ستدعم المشروع.",
     [{"name": "جون كيري", "title": "السفير", "country": "CA", "mentions": ["جون كيري"]}]),
    # BB-economy-270-20181006: a role named later wins over the honorific
    ("role-wins-over-honorific",
     "وقال الأمير محمد بن سلمان إن المملكة ماضية في خططها. وأضاف ولي العهد السعودي الأمير محمد بن سلمان أن الصندوق سيتجاوز 400 مليار دولار.",
     [{"name": "محمد بن سلمان", "title": "ولي العهد", "country": "SA",
       "mentions": ["محمد بن سلمان", "محمد بن سلمان"]}]),
]
CASES += [
    # (negative) BB-economy-275-20181011: a hurricane's name is no person
    ("name-after-thing-noun-is-no-person",
     "كما شهدت أسهم قطاع الطاقة تراجعا سريعا للإغلاقات التي سببها إعصار مايكل في فلوريدا وخليج المكسيك.",
     []),
    # (negative) CN-middleEast-1607-20181018: a gas field's name is no person
    ("name-after-field-is-no-person",
     "ومن المقرر أن يبدأ استغلال حقل ليفياثان عام 2019 عندما يبدأ احتياطي حقل تمار بالانحسار.",
     []),
]

# ---------------------------------------------------------------------------
# A title whose office names an organization (ل/ب + head + name, لدى + a body);
# professions before a name; عبد written apart or joined
# ---------------------------------------------------------------------------
CASES += [
    # CN-economy-79-20180411
    ("title-of-a-company-then-name",
     "وقال الرئيس التنفيذي لشركة توتال باتريك بويان في بيان: \"سيمكّننا هذا المشروع من تطوير أعمالنا\".",
     [{"name": "باتريك بويان", "title": "الرئيس التنفيذي لشركة توتال", "country": None,
       "mentions": ["باتريك بويان"]}]),
    # AL-internationalNews-1376-20180530
    ("title-at-a-body-then-name",
     "وقالت السفيرة الأميركية لدى المنظمة الدولية نيكي هايلي في بيان إن \"الهجمات الأخيرة الآتية من غزة هي الأكبر منذ 2014\".",
     [{"name": "نيكي هايلي", "title": "السفيرة", "country": "US", "mentions": ["نيكي هايلي"]}]),
    # BB-middleEast-129-20180303
    ("professions-before-names",
     "وألقت الشرطة المصرية القبض على الصحفية مي الصباغ، والمصور أحمد مصطفى أثناء عملهما على تقرير عن الترام.",
     [{"name": "مي الصباغ", "title": "الصحفية", "country": None, "mentions": ["مي الصباغ"]},
      {"name": "أحمد مصطفى", "title": "المصور", "country": None, "mentions": ["أحمد مصطفى"]}]),
    # BB-middleEast-400-20180424
    ("abd-apart-and-joined",
     "عمل المشاط مديرا لمكتب عبدالملك الحوثي، وقال إن عبد الملك الحوثي يثق فقط بالمقربين منه.",
     [{"name": "المشاط", "title": None, "country": None, "mentions": ["المشاط"], "optional": True},
      {"name": "عبدالملك الحوثي", "title": None, "country": None,
       "mentions": ["عبدالملك الحوثي", "عبد الملك الحوثي"]}]),
    # AL-economy-122-20180228: a company's complement in ل is part of the office, not a name
    ("title-of-a-company-with-complement",
     "وكان كشف الرئيس التنفيذي لشركة الشرق الأوسط لمحركات الطائرات المحدودة، المهندس محمد الحمادي، أن الشركة ستبدأ العمل.",
     [{"name": "محمد الحمادي", "title": None, "country": None, "mentions": ["محمد الحمادي"]}]),
    # BB-middleEast-16-20180214 and FR-economy-18-20180219: two outlets' spellings of one leader
    ("one-leader-two-spellings",
     "أوصت الشرطة الإسرائيلية بتوجيه تهمتين لرئيس الوزراء الاسرائيلي بنيامين نتنياهو وهي الرشوة وإساءة الأمانة. ورحب نتانياهو في شريط فيديو وزعه مكتبه بهذه الاتفاقية.",
     [{"name": "بنيامين نتنياهو", "title": "رئيس الوزراء", "country": "IL",
       "mentions": ["بنيامين نتنياهو", "نتانياهو"]}]),
]
