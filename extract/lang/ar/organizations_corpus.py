"""Examples of organizations named in real Arabic news sentences, with the records a reader writes."""
# Each case: (id, sentence, [expected organizations in order of first mention]) and,
# for a case the pipeline gets wrong today, a fourth element {"xfail": "what goes
# wrong"}.  The id names the rule the case exercises (extract/entities.py's docstring).
# An organization is {"name", "mentions": [texts]} (docs/annotation.md,
# Organizations): the fullest name without clitics, every mention in text order,
# abbreviations and aliases included; a company's proper name leaves out the head
# شركة and a nationality adjective after it (شركة "توتال" الفرنسية → توتال); a
# hashtag mention leaves out # and keeps _; "country" (ISO code or None) is compared where a
# case gives it.  "optional": True marks a record that
# may be missing (a government, an army, an organization nested in a name), but when
# found must be right.
# The comment above a case names its source: an ANT news article id or a file of
# corpus/wiki/articles.
CASES = []

# ---------------------------------------------------------------------------
# Known names, short forms, acronyms and aliases, news agencies and outlets
# ---------------------------------------------------------------------------
CASES += [
    # AL-economy-120-20180227
    ("known-org-missing-hamza",
     "وسينظم ايضا المرحلة الانتقالية لما بعد بريكست والتي تأمل بها لندن لتجنب تداعيات خروج قاس في انتظار التوصل الى اتفاقات تجارية بين الاتحاد الاوروبي وبريطانيا.",
     [{"name": "الاتحاد الاوروبي", "mentions": ["الاتحاد الاوروبي"]}]),
    # AL-economy-1013-20180712
    ("known-org-short-form",
     "ودعا صندوق النقد أيضا إلى ضبط مالي \"فوري وكبير\" لتحسين القدرة على خدمة الدين العام الذي تجاوز 150 بالمئة من الناتج المحلي الإجمالي في نهاية 2017.",
     [{"name": "صندوق النقد", "mentions": ["صندوق النقد"]}]),
    # AL-economy-33-20180212
    ("known-org-in-quotes-after-head",
     "وسبق للعراق، ثاني أكبر منتجي النفط في منظمة \"أوبك\"، أن كثف من دعواته للمستثمرين حول العالم للمساهمة في إعادة الإعمار.",
     [{"name": "أوبك", "mentions": ["أوبك"]}]),
    # AL-economy-222-20180312
    ("known-org-in-hashtag",
     "وفيما يخص أسواق النفط، ذكر التقرير أن الارتفاع الكبير بأسعار #النفط في النصف الثاني من العام الماضي يرجع إلى الالتزام الصارم باتفاقية #أوبك لخفض الإنتاج.",
     [{"name": "أوبك", "mentions": ["أوبك"]}]),
    # AL-economy-330-20180327: the full name, its quoted acronym and a back-reference
    ("full-name-with-quoted-acronym",
     "كما أشار وزير الطاقة، إلى ما أكده ولي العهد السعودي الأمير محمد بن سلمان من سعي منظمة البلدان المصدرة للنفط \"أوبك\" إلى ترسيخ التعاون مع روسيا والمنتجين من خارج المنظمة، لفترات طويلة الأمد تمتد لعشر سنوات أو 20 عاماً، لتحقيق التوازن في سوق النفط.",
     [{"name": "منظمة البلدان المصدرة للنفط", "mentions": ["منظمة البلدان المصدرة للنفط", "أوبك", "المنظمة"]}],
     {"xfail": "the complement للنفط is cut (منظمة البلدان المصدرة); the acronym is a second record; "
               "the back-reference المنظمة is not a mention"}),
    # 18-france-economy.txt: a Latin acronym in parentheses (misspelt OCED, copied as written)
    ("full-name-with-latin-acronym-in-parentheses",
     "حسب تقرير لمنظمة التعاون والتنمية الاقتصادية (OCED)، في 2004 كانت فرنسا خامس أكبر مصدّر للسلع المصنعة في العالم، بعد الولايات المتحدة، ألمانيا، اليابان، والصين، (لكن قبل المملكة المتحدة).",
     [{"name": "منظمة التعاون والتنمية الاقتصادية", "mentions": ["منظمة التعاون والتنمية الاقتصادية", "OCED"]}]),
    # AL-economy-231-20180313
    ("news-agency-after-head-in-quotes",
     "أبلغ أمير الكناني المستشار القانوني للرئيس العراقي فؤاد معصوم وكالة \"رويترز\" اليوم الثلاثاء، أن الرئيس رفض الموافقة على ميزانية 2018 بسبب ما قال إنها مخالفات دستورية وقانونية.",
     [{"name": "رويترز", "mentions": ["رويترز"]}]),
    # AL-economy-839-20180616: a ministry named only by its country is optional
    ("news-agency-quoted-national-ministry-optional",
     "وفي بيان آخر نلقته \"رويترز\" قالت الوزارة الصينية، إنها ستطبق أيضا إجراءات مؤقتة لمكافحة الإغراق على منتجات الإيثانولامين المنتجة في ماليزيا وتايلاند والولايات المتحدة وغيرها من الدول.",
     [{"name": "رويترز", "mentions": ["رويترز"]},
      {"name": "الوزارة الصينية", "mentions": ["الوزارة الصينية"], "optional": True}]),
    # BB-internationalNews-1179-20181011
    ("transliterated-acronym-network",
     "وذكرت تقارير في وقت لاحق أن طفلا قتل عندما سقطت شجرة على منزل بمنطقة سيمينول بولاية جورجيا، بينما استمر إعصار مايكل في شق طريقه إلى جنوب شرقي الولاية، بحسب شبكة \"سي بي إس\".",
     [{"name": "سي بي إس", "mentions": ["سي بي إس"]}]),
    # 05-iraq-sofa-reforms.txt
    ("known-channel-with-descriptor",
     "وعانى العراق من الفساد السياسي والمالي، وفي عام 2008 ذكرت قناة الجزيرة التلفزيونية أن 13 مليار دولار أمريكي من عائدات النفط العراقي في رعاية الولايات المتحدة، منها 2.6 مليار دولار مفقودة تماماً ولا أثر لها.",
     [{"name": "قناة الجزيرة", "mentions": ["قناة الجزيرة"]}]),
    # 09-egypt-israel-peace-treaty.txt
    ("known-org-with-national-adjective",
     "وكان الشعور بالغضب قويا بوجه خاص بين الفلسطينيين، مع قول زعيم منظمة التحرير الفلسطينية، ياسر عرفات: \"دعهم يوقعون ما يحلوا لهم.",
     [{"name": "منظمة التحرير الفلسطينية", "mentions": ["منظمة التحرير الفلسطينية"]}]),
]

# ---------------------------------------------------------------------------
# A head word with its complement: definite genitives and adjectives, a list of
# domains, a complement with ل that names an organization, a name after the head
# ---------------------------------------------------------------------------
CASES += [
    # AL-economy-256-20180318
    ("org-head-with-domain-list",
     "كشف المتحدث باسم وزارة العمل والتنمية الاجتماعية خالد أباالخيل توفير 21 ألف فرصة عمل في قطاع توطين منافذ تأجير السيارات للسعوديين الذي يبدأ تطبيقه اليوم (الأحد).",
     [{"name": "وزارة العمل والتنمية الاجتماعية", "mentions": ["وزارة العمل والتنمية الاجتماعية"]}]),
    # AL-internationalNews-1055-20180508: the outer name wins; the inner one is optional
    ("org-head-with-complement-naming-an-org",
     "وفي كانون الأول/ديسمبر وافقت 128 دولة على قرار غير ملزم في الجمعية العامة للأمم المتحدة يدعو الولايات المتحدة إلى التخلي عن اعتبارها القدس عاصمة لإسرائيل.",
     [{"name": "الجمعية العامة للأمم المتحدة", "mentions": ["الجمعية العامة للأمم المتحدة"]},
      {"name": "الأمم المتحدة", "mentions": ["لأمم المتحدة"], "optional": True}]),
    # AL-internationalNews-1236-20180518
    ("org-head-with-complement-after-nested-org",
     "وقالت رافينا شمداسني المتحدثة باسم مكتب الامم المتحدة لحقوق الانسان للصحافيين في #جنيف: \"التمييز والعنف بما في ذلك العنف الجنسي ضد النساء والفتيات في #السودان لفتا الانتباه بقوة في هذه القضية\".",
     [{"name": "مكتب الامم المتحدة لحقوق الانسان", "mentions": ["مكتب الامم المتحدة لحقوق الانسان"]},
      {"name": "الامم المتحدة", "mentions": ["الامم المتحدة"], "optional": True}],
     {"xfail": "the complement لحقوق الانسان after the nested الامم المتحدة is cut"}),
    # AL-economy-543-20180509
    ("org-head-with-national-adjective",
     "وكان رئيس البنك المركزي الإيراني، ولي الله سيف، قدم أمس الثلاثاء استقالته، وذلك بعد أيام من تسجيل ثاني انهيار للعملة بغضون أسابيع، حيث بلغ سعر صرف الريال الإيراني 63 ألفاً مقابل الدولار الأميركي الواحد.",
     [{"name": "البنك المركزي الإيراني", "mentions": ["البنك المركزي الإيراني"]}]),
    # AL-economy-469-20180502: an authority that is a government is optional
    ("org-head-with-genitive-and-adjective",
     "قال صندوق الاستثمار الفلسطيني، ذراع الاستثمار للسلطة الفلسطينية، اليوم الأربعاء، إن أصوله ارتفعت إلى 990.5 مليون دولار في نهاية العام 2017.",
     [{"name": "صندوق الاستثمار الفلسطيني", "mentions": ["صندوق الاستثمار الفلسطيني"]},
      {"name": "السلطة الفلسطينية", "mentions": ["لسلطة الفلسطينية"], "optional": True}]),
    # AL-economy-233-20180313: اتحاد جمركي (head + plain adjective) is a description
    ("org-head-with-adjective-not-head-with-plain-adjective",
     "ويؤيد اتحاد الصناعات البريطاني إقامة اتحاد جمركي مع الاتحاد الأوروبي بعد \"بريكست\"، كما يؤيد حزب العمال البريطاني المعارض إقامة اتحاد جمركي مع الاتحاد الأوروبي بعد \"بريكست\" يكون موازيا للنظام الجمركي الحالي، ما يسمح بتبادل حر للسلع والأشخاص ورؤوس الأموال والخدمات.",
     [{"name": "اتحاد الصناعات البريطاني", "mentions": ["اتحاد الصناعات البريطاني"]},
      {"name": "الاتحاد الأوروبي", "mentions": ["الاتحاد الأوروبي", "الاتحاد الأوروبي"]},
      {"name": "حزب العمال البريطاني", "mentions": ["حزب العمال البريطاني"]}]),
    # AL-economy-1007-20180712: a committee, a ministry, a chamber and a quoted newspaper
    ("org-heads-committee-ministry-chamber-newspaper",
     "وأوضح أمين عام لجنة الإفلاس بوزارة التجارة والاستثمار السعودية ماجد الرشيد، خلال ورشة عمل أقيمت أمس الأربعاء بالغرفة التجارية الصناعية في المنطقة الشرقية، أن النظام سيرفع من مكانة #السعودية في مؤشرات التقارير الدولية في مجال تسوية حالات الإعسار حيث تحتل المملكة المركز 168 من بين 190 دولة حاليا، بحسب ما ورد في صحيفة \"الشرق الأوسط\".",
     [{"name": "لجنة الإفلاس", "mentions": ["لجنة الإفلاس"]},
      {"name": "وزارة التجارة والاستثمار السعودية", "mentions": ["وزارة التجارة والاستثمار السعودية"]},
      {"name": "الغرفة التجارية الصناعية في المنطقة الشرقية",
       "mentions": ["الغرفة التجارية الصناعية في المنطقة الشرقية"]},
      {"name": "الشرق الأوسط", "mentions": ["الشرق الأوسط"]}],
     {"xfail": "الغرفة is no head word, so the chamber is missed; the newspaper keeps its head and an "
               "opening quote (صحيفة \"الشرق الأوسط)"}),
    # AL-economy-949-20180706
    ("org-head-with-place-complement-and-transliterated-company",
     "وسيجري تشغيل المنطقة بشكل مشترك بين هيئة الموانئ والمناطق الحرة في جيبوتي وشركة ميرشانتس هولدنجز الصينية.",
     [{"name": "هيئة الموانئ والمناطق الحرة في جيبوتي", "mentions": ["هيئة الموانئ والمناطق الحرة في جيبوتي"]},
      {"name": "ميرشانتس هولدنجز", "mentions": ["ميرشانتس هولدنجز"]}],
     {"xfail": "the authority's name stops before في جيبوتي; the company keeps شركة and its nationality "
               "adjective"}),
    # AL-economy-949-20180706
    ("company-head-with-transliterated-name",
     "وتقع منطقة التجارة الجديدة، وهي إحدى بضعة موانئ ومنشآت تجارية تطورها جيبوتي حاليا، على مساحة 48 كيلومترا مربعا وشيدتها شركة داليان بورت الصينية.",
     [{"name": "داليان بورت", "mentions": ["داليان بورت"]}],
     {"xfail": "the name after شركة is cut to one word (شركة داليان)"}),
    # AL-economy-107-20180226: armed forces are optional
    ("company-with-lam-complements-and-transliterated-company",
     "وقال عبدالله العمُر، الرئيس التنفيذي لشركة الشرق للأوسط لمحركات الطائرات إحدى شركات التوازن الاقتصادي: \"لدينا مشروع كبير مع جنرال إلكتريك ومع القوات الجوية لصيانة محركات الطائرات الحربية ومحركات الأباتشي والبلاك هوك مع القوات البرية ووزارة الحرس الوطني\".",
     [{"name": "شركة الشرق للأوسط لمحركات الطائرات", "mentions": ["شركة الشرق للأوسط لمحركات الطائرات"]},
      {"name": "جنرال إلكتريك", "mentions": ["جنرال إلكتريك"]},
      {"name": "القوات الجوية", "mentions": ["القوات الجوية"], "optional": True},
      {"name": "القوات البرية", "mentions": ["القوات البرية"], "optional": True},
      {"name": "وزارة الحرس الوطني", "mentions": ["وزارة الحرس الوطني"]}],
     {"xfail": "the company is cut to شركة الشرق; جنرال إلكتريك is missed"}),
    # AL-economy-135-20180301: a science agency named مدينة; AFED is an exhibition
    ("org-named-city-and-event-acronym",
     "وتشارك في AFED الجامعات والمراكز البحثية، ومدينة الملك عبدالعزيز للعلوم والتقنية، إلى جانب العديد من الشركات العالمية التي لها عقود مبرمة مع وزارة الدفاع.",
     [{"name": "مدينة الملك عبدالعزيز للعلوم والتقنية", "mentions": ["مدينة الملك عبدالعزيز للعلوم والتقنية"]},
      {"name": "وزارة الدفاع", "mentions": ["وزارة الدفاع"]}],
     {"xfail": "مدينة الملك عبدالعزيز للعلوم والتقنية (an agency named مدينة) is missed"}),
    # AL-economy-141-20180301
    ("org-without-head-word",
     "وفي قطاع الطيران، منيت الخطوط الجوية القطرية بأول خسائر سنوية لها في 7 سنوات خلال 2017 بحسب تصريحات حديثة للرئيس التنفيذي أكبر الباكر.",
     [{"name": "الخطوط الجوية القطرية", "mentions": ["الخطوط الجوية القطرية"]}]),
]

# ---------------------------------------------------------------------------
# Companies in Latin script (also glued to و), in transliteration, in quotes and
# in hashtags
# ---------------------------------------------------------------------------
CASES += [
    # AL-economy-1002-20180711
    ("latin-company-after-head",
     "وأشار سلامة وهو المسؤول داخل شركة PWC عن دراسة تمويل مشاريع البنية التحتية بالسعودية، إن مراحل تشريعات نظام التخصيص، تضمنت 4 مراحل بدأت بتشكيل لجان وزارية متخصصة، وإقرار برنامج التخصيص، وإعلان المركز الوطني للتخصيص، وصدور مسودة أول قانون مهم ينظم كثيراً من التفاصيل التي تعني المستثمرين المحليين والأجانب.",
     [{"name": "PWC", "mentions": ["PWC"]},
      {"name": "المركز الوطني للتخصيص", "mentions": ["المركز الوطني للتخصيص"]}],
     {"xfail": "the company keeps its head (شركة PWC); برنامج التخصيص (a programme approved, not "
               "acting) comes out; المركز الوطني للتخصيص is missed"}),
    # AL-economy-115-20180227: a Latin name glued to و starts at the Latin letter
    ("latin-name-glued-to-waw",
     "وكانت الاتفاقية الأولى الموقعة في اليوم الثالث بين الشركة السعودية للصناعات الميكانيكية وAM General وتحتوي على مشروع لإنتاج خط تصنيع قطع غيار للمركبات العسكرية التابعة للشركة في السعودية.",
     [{"name": "الشركة السعودية للصناعات الميكانيكية", "mentions": ["الشركة السعودية للصناعات الميكانيكية"]},
      {"name": "AM General", "mentions": ["AM General"]}]),
    # AL-economy-321-20180326
    ("latin-names-in-a-list-hashtag-company",
     "ووقعت شركة #معادن_السعودية 3 مذكرات تعاون مع شركات Alcoa وMosaic وFluor لتوسيع قدرة استخراج المعادن، في #مدينة_رأس_الخير الصناعية، ودراسة جدوى في تأسيس مشروع فوسفات 3 وتقديم الخدمات الهندسية لإطلاق قدرات قطاع التعدين، باستثمارات للمذكرات الثلاث تصل إلى 6 مليارات دولار.",
     [{"name": "معادن السعودية", "mentions": ["معادن_السعودية"]},
      {"name": "Alcoa", "mentions": ["Alcoa"]},
      {"name": "Mosaic", "mentions": ["Mosaic"]},
      {"name": "Fluor", "mentions": ["Fluor"]}],
     {"xfail": "no organization: the hashtag after شركة and the Latin names after شركات are missed"}),
    # AL-economy-260-20180318
    ("latin-newspaper-hashtag-fund-latin-company",
     "كشفت صحيفة The Wallstreet Journal عن خطط #صندوق_الاستثمارات_العامة السعودي لشراء نحو 10% في شركة Endeavor الأميركية مقابل 400 مليون دولار.",
     [{"name": "The Wallstreet Journal", "mentions": ["The Wallstreet Journal"]},
      {"name": "صندوق الاستثمارات العامة", "mentions": ["صندوق_الاستثمارات_العامة"]},
      {"name": "Endeavor", "mentions": ["Endeavor"]}],
     {"xfail": "the newspaper is cut to صحيفة The; the hashtag keeps the adjective after it; "
               "the company keeps شركة and الأميركية"}),
    # AL-economy-305-20180325
    ("quoted-transliterated-companies",
     "فخلال الربع الأخير من العام الماضي، نجحت \"أبل\" في اجتياز \"سامسونغ\" لتعود إلى المرتبة الأولى بحصة سوقية تتجاوز 19%، بحسب شركة IDC، بعد أن باعت أكثر من 77 مليون هاتف، تليها \"سامسونغ\" بحصة 18.4% و74 مليون هاتف.",
     [{"name": "أبل", "mentions": ["أبل"]},
      {"name": "سامسونغ", "mentions": ["سامسونغ", "سامسونغ"]},
      {"name": "IDC", "mentions": ["IDC"]}],
     {"xfail": "سامسونغ is missed; the Latin company keeps its head (شركة IDC)"}),
    # AL-economy-1006-20180712: a hashtag name, then a back-reference (الصندوق)
    ("hashtag-org-then-back-reference",
     "قال رئيس #صندوق_الثروة_السيادية_الصيني إنه يبدو أن حربا تجارية مع الولايات المتحدة لا يمكن تفاديها وإن النزاع سيكون له تأثير سلبي على استثمارات الصندوق.",
     [{"name": "صندوق الثروة السيادية الصيني", "mentions": ["صندوق_الثروة_السيادية_الصيني", "الصندوق"]}],
     {"xfail": "an organization written as a hashtag after a title is missed"}),
]

# ---------------------------------------------------------------------------
# Not organizations: generic words, a head with a plain description, stock
# indices, events, countries
# ---------------------------------------------------------------------------
CASES += [
    # AL-economy-1012-20180712
    ("not-org-generic-government",
     "وهذه الخطة التي صادقت عليها الحكومة الجمعة، كانت أدت إلى استقالة وزيرين وأثارت مخاوف من تمرد داخل الأغلبية الحاكمة.",
     []),
    # 15-chad-economy-oil.txt
    ("not-org-head-with-indefinite-description",
     "وتمتلك تشاد شركة طيران وطنية متواضعة تؤمن النقل والسفر بين العاصمة وعدد من المدن برحلات منتظمة، وفي البلاد نحو 67 مهبط طائرات، أربعة منها مجهزة لاستقبال الطائرات الكبيرة، أهمها مطار العاصمة الدولي.",
     []),
    # 16-african-union-peace-economy.txt: planned bodies described, not named
    ("not-org-heads-with-plain-adjectives",
     "تشمل أهداف الكونفدرالية الأفريقية في المستبقل إنشاء منطقة تجارة حرة، اتحاد جمركي، سوق واحد، مصرف مركزي قاري، بالإضافة لتوحيد العملة على مستوى القارة؛ وبالتالي، تأسيس اتحاد اقتصادي نقدي.",
     [{"name": "الكونفدرالية الأفريقية", "mentions": ["الكونفدرالية الأفريقية"], "optional": True}]),
    # AL-economy-121-20180227
    ("not-org-stock-index",
     "وتطرق باول أيضا إلى اضطراب سوق الاسهم اوائل فبراير، عندما انخفض مؤشر داو جونز الى ادنى مستوياته خلال عامين، ما ادى ايضا الى توتر في سوق السندات.",
     [],
     {"xfail": "the stock index (مؤشر داو جونز) comes out as an organization"}),
    # AL-economy-274-20180319
    ("not-org-forum-event",
     "ويشكّل منتدى فرص #الأعمال_السعودي_الأميركي الذي يرأسه وزيرا التجارة في البلدين، أهمية كبيرة في الارتقاء بالشراكة الاستراتيجية بين البلدين، لترقى إلى متطلبات القرن الواحد والعشرين في مختلف المجالات.",
     []),
    # AL-internationalNews-576-20180322
    ("not-org-country-names",
     "وكانت المملكة العربية السعودية ودولة الإمارات العربية المتحدة ومملكة البحرين وجمهورية مصر العربية قد أعلنت، سابقاً، تصنيف (9) كيانات و(9) أفراد تُضاف إلى قوائم الإرهاب المحظورة لديها، وذلك في إطار التزامها الثابت والصارم بمحاربة الإرهاب وتجفيف مصادر تمويله وملاحقة المتورطين فيه، ومكافحة الفكر المتطرف وحواضن خطاب الكراهية، واستمراراً للتحديث والمتابعة المستمرين.",
     []),
]

# ---------------------------------------------------------------------------
# Latin-script names, quoted names after a description, outlets and companies
# known by name, descriptions that are no organization (issue 15)
# ---------------------------------------------------------------------------
CASES += [
    # AL-economy-122-20180228: a Latin name glued to و
    ("latin-run-glued-to-and",
     "وأمس تم توقيع ثلاث اتفاقيات تعاون للتصنيع منها اتفاقية بين الشركة السعودية للصناعات الميكانيكية وAM General لإنتاج خط تصنيع قطع غيار للمركبات العسكرية.",
     [{"name": "الشركة السعودية للصناعات الميكانيكية", "mentions": ["الشركة السعودية للصناعات الميكانيكية"]},
      {"name": "AM General", "mentions": ["AM General"]}]),
    # AL-economy-334-20180327: Latin names with and without a space after و
    ("latin-run-pair",
     "• مذكرة تفاهم بين SIDF و JP Morgan لبحث التعاون في التمويل الصناعي في المملكة",
     [{"name": "SIDF", "mentions": ["SIDF"]}, {"name": "JP Morgan", "mentions": ["JP Morgan"]}]),
    # CN-economy-440-20181016: the outlet of the dateline, in parentheses
    ("latin-run-dateline-outlet",
     "دبي، الإمارات العربية المتحدة (CNN) -- حققت المملكة العربية السعودية استثماراً جديداً كبيراً مع توتال الفرنسية.",
     [{"name": "CNN", "mentions": ["CNN"]}, {"name": "توتال", "mentions": ["توتال"]}]),
    # (negative) a report's title with its year is no organization; a definite head with an adjective alone
    # (المؤسسة المالية) is a later reference, not a name
    ("latin-run-with-number-is-no-organization",
     "وبحسب ما أعلنته المؤسسة المالية في تقرير \"Fiscal Monitor 2018\"، فإن إجمالي الديون العامة والخاصة في العالم تفاقم.",
     []),
    # BB-economy-136-20180517: a described company and its name in quotes
    ("quoted-name-after-described-head",
     "وأعلنت كل من شركة التأمين الألمانية \"أليانز\" وشركة \"ميرسك\" الدنماركية للشحن أنهما يعتزمان تخفيض أعمالهما في إيران.",
     [{"name": "أليانز", "mentions": ["أليانز"]}, {"name": "ميرسك", "mentions": ["ميرسك"]}]),
    # (negative) BB-economy-124-20180505: a definite head with nationality adjectives alone
    ("described-head-is-no-organization",
     "وكلف الإضراب الشركة الفرنسية الهولندية مئات الملايين من اليورو.",
     []),
    # AL-economy-76-20180221: a newspaper known by name, in quotes after its head
    ("news-outlet-in-quotes-after-head",
     "ووفقا لصحيفة \"وول ستريت جورنال\"، تتجه واشنطن لإلغاء صفقات بيع الطائرات.",
     [{"name": "وول ستريت جورنال", "mentions": ["وول ستريت جورنال"]}]),
    # BB-economy-270-20181006: an outlet without a head word
    ("news-outlet-known-name",
     "وأضاف الأمير، في مقابلة مع بلومبيرغ، نشرت الجمعة: \"نحن الآن تجاوزنا 300 مليار دولار\".",
     [{"name": "بلومبيرغ", "mentions": ["بلومبيرغ"]}]),
    # CN-economy-440-20181016: a name and the same name with its nationality adjective are one organization
    ("name-with-and-without-nationality-adjective",
     "ووقعت توتال مذكرة تفاهم مع شركة أرامكو السعودية للنفط، وسيدمج المشروع مع مصفاة تعمل كمشروع مشترك بين أرامكو وتوتال.",
     [{"name": "توتال", "mentions": ["توتال", "توتال"]},
      {"name": "أرامكو السعودية", "mentions": ["أرامكو السعودية", "أرامكو"]}]),
]

# ---------------------------------------------------------------------------
# A complement in لل after a head and a definite word; a hashtag of a name
# written later in prose; a name after ل that lost the article's alef
# ---------------------------------------------------------------------------
CASES += [
    # AL-economy-292-20180322
    ("lam-complement-after-adjective-and-elided-alef",
     "وفي هذا السياق، أكد المعيوف قيام الهيئة باختبار مديري محطات الشركة بالمطارات، وذلك بهدف تطبيق اللوائح التنفيذية للهيئة العامة للطيران المدني (GACARS 151& 68) والتأكد من تأهيل مناصب مديري محطات الشركة السعودية للخدمات الأرضية بمطارات المملكة.",
     [{"name": "الهيئة العامة للطيران المدني", "mentions": ["لهيئة العامة للطيران المدني"]},
      {"name": "الشركة السعودية للخدمات الأرضية", "mentions": ["الشركة السعودية للخدمات الأرضية"]}]),
    # AL-economy-292-20180322: the same company first as a hashtag
    ("hashtag-then-prose-name",
     "أكد المعيوف قيام الهيئة باختبار مديري محطات #الشركة_السعودية_للخدمات_الأرضية بالمطارات، والتأكد من تأهيل مناصب مديري محطات الشركة السعودية للخدمات الأرضية بمطارات المملكة.",
     [{"name": "الشركة السعودية للخدمات الأرضية",
       "mentions": ["الشركة_السعودية_للخدمات_الأرضية", "الشركة السعودية للخدمات الأرضية"]}],
     {"xfail": "the hashtag after a plural noun is not found; only the prose name is"}),
    # AL-economy-373-20180404: two organizations joined by و
    ("and-a-second-head",
     "في المقابل، اتخذت الحكومة المصرية ممثلة بوزارة المالية والبنك المركزي المصري عدة قرارات، ولجوء وزارة المالية إلى إصدار سندات دولية.",
     [{"name": "وزارة المالية", "mentions": ["وزارة المالية", "وزارة المالية"]},
      {"name": "البنك المركزي المصري", "mentions": ["البنك المركزي المصري"]}]),
    # AL-economy-373-20180404: the central bank again as a hashtag
    ("hashtag-central-bank",
     "في المقابل، اتخذت الحكومة المصرية ممثلة بوزارة المالية والبنك المركزي المصري عدة قرارات، أبرزها اتجاه #البنك_المركزي_المصري لخفض #أسعار_الفائدة.",
     [{"name": "وزارة المالية", "mentions": ["وزارة المالية"]},
      {"name": "البنك المركزي المصري", "mentions": ["البنك المركزي المصري", "البنك_المركزي_المصري"]}],
     {"xfail": "a hashtag after a noun (اتجاه) is not taken as the organization"}),
    # CN-economy-271-20180906: a nationality adjective inside the name gives the country
    ("adjective-inside-the-name",
     "وقالت الوزارة إن الطرح يشمل حصة 4.5% من الشركة المصرية للدخان، بعد تقديمها أفضل عرض فني ومالي.",
     [{"name": "الشركة المصرية للدخان", "country": "EG", "mentions": ["الشركة المصرية للدخان"]}]),
    # AL-internationalNews-1376-20180530: a later short form of a name given in full
    ("later-start-of-the-name",
     "دعت الولايات المتحدة مجلس الأمن الدولي إلى عقد جلسة طارئة، وأضاف البيان أنه يجب على مجلس الأمن أن يعرب عن سخطه.",
     [{"name": "مجلس الأمن الدولي", "mentions": ["مجلس الأمن الدولي", "مجلس الأمن"]}]),
]
