"""Leaders: heads of state and government, monarchs, crown princes and
foreign ministers since 2000, with the country they lead and the Arabic
spellings news uses.

Source: Wikipedia's lists of heads of state and government and of foreign
ministers by country (English and Arabic editions, as of 2024), the Arabic
spellings checked against the ANT news corpus (2018) and the outlets' usage
(أردوغان / إردوغان, ترامب / ترمب).  A person whose name matches gets the
country when the text gives none (`extract.people`); the text wins when it
says otherwise (`السفير الكندي جون كيري` is CA).

Each entry: (ISO 3166-1 alpha-2, role, term years, [spellings]).  A
spelling is a full name or a surname distinctive enough to stand alone in
news (`ترامب`, `بوتين`); a spelling listed under two countries is dropped
(an ambiguous surname names no one).  Roles: head_of_state, head_of_government,
monarch, crown_prince, foreign_minister.
"""

LEADERS = [
    # United States
    ("US", "head_of_state", "2001-2009", ["جورج بوش", "جورج دبليو بوش"]),
    ("US", "head_of_state", "2009-2017", ["باراك أوباما", "أوباما", "اوباما"]),
    ("US", "head_of_state", "2017-2021", ["دونالد ترامب", "ترامب", "ترمب", "دونالد ترمب"]),
    ("US", "head_of_state", "2021-2025", ["جو بايدن", "بايدن"]),
    ("US", "foreign_minister", "2001-2005", ["كولن باول", "كولين باول"]),
    ("US", "foreign_minister", "2005-2009", ["كوندوليزا رايس", "كونداليزا رايس"]),
    ("US", "foreign_minister", "2009-2013", ["هيلاري كلينتون"]),
    ("US", "foreign_minister", "2013-2017", ["جون كيري"]),
    ("US", "foreign_minister", "2017-2018", ["ريكس تيلرسون", "تيلرسون"]),
    ("US", "foreign_minister", "2018-2021", ["مايك بومبيو", "بومبيو"]),
    ("US", "foreign_minister", "2021-2025", ["أنتوني بلينكن", "بلينكن"]),
    # Russia
    ("RU", "head_of_state", "2000-", ["فلاديمير بوتين", "بوتين"]),
    ("RU", "head_of_state", "2008-2012", ["ديمتري ميدفيديف", "دميتري ميدفيديف", "ميدفيديف"]),
    ("RU", "foreign_minister", "2004-", ["سيرغي لافروف", "سيرجي لافروف", "لافروف"]),
    # China
    ("CN", "head_of_state", "2003-2013", ["هو جينتاو"]),
    ("CN", "head_of_state", "2013-", ["شي جين بينغ", "شي جينبينغ", "شي جين بينج", "شي جينبينج"]),
    ("CN", "head_of_government", "2013-2023", ["لي كه تشيانغ", "لي كيه تشيانغ", "لي كيكيانغ"]),
    ("CN", "foreign_minister", "2013-2022", ["وانغ يي", "وانج يي"]),
    # Europe
    ("FR", "head_of_state", "2007-2012", ["نيكولا ساركوزي", "ساركوزي"]),
    ("FR", "head_of_state", "2012-2017", ["فرانسوا هولاند", "هولاند"]),
    ("FR", "head_of_state", "2017-", ["إيمانويل ماكرون", "ايمانويل ماكرون", "ماكرون"]),
    ("FR", "head_of_state", "1995-2007", ["جاك شيراك", "شيراك"]),
    ("FR", "foreign_minister", "2017-2022", ["جان إيف لودريان", "جان ايف لودريان", "لودريان"]),
    ("DE", "head_of_government", "2005-2021", ["أنغيلا ميركل", "أنجيلا ميركل", "انغيلا ميركل", "ميركل"]),
    ("DE", "head_of_government", "2021-2025", ["أولاف شولتس", "شولتس", "شولتز"]),
    ("DE", "foreign_minister", "2018-2021", ["هايكو ماس"]),
    ("DE", "foreign_minister", "2013-2017", ["فرانك فالتر شتاينماير", "شتاينماير"]),
    ("GB", "head_of_government", "1997-2007", ["توني بلير", "بلير"]),
    ("GB", "head_of_government", "2010-2016", ["ديفيد كاميرون", "كاميرون"]),
    ("GB", "head_of_government", "2016-2019", ["تيريزا ماي"]),
    ("GB", "head_of_government", "2019-2022", ["بوريس جونسون"]),
    ("GB", "monarch", "1952-2022", ["الملكة إليزابيث", "إليزابيث الثانية"]),
    ("IT", "head_of_government", "2018-2021", ["جوزيبي كونتي"]),
    ("IT", "head_of_government", "2001-2011", ["سيلفيو برلسكوني", "برلسكوني"]),
    ("ES", "head_of_government", "2011-2018", ["ماريانو راخوي", "راخوي"]),
    ("ES", "head_of_government", "2018-", ["بيدرو سانشيز"]),
    ("UA", "head_of_state", "2014-2019", ["بيترو بوروشينكو", "بوروشينكو"]),
    ("UA", "head_of_state", "2019-", ["فولوديمير زيلينسكي", "زيلينسكي"]),
    # Turkey, Iran, Israel
    ("TR", "head_of_state", "2014-", ["رجب طيب أردوغان", "رجب طيب إردوغان", "أردوغان", "إردوغان", "اردوغان"]),
    ("TR", "foreign_minister", "2014-2023", ["مولود جاويش أوغلو", "جاويش أوغلو", "تشاووش أوغلو"]),
    ("TR", "head_of_government", "2014-2016", ["أحمد داود أوغلو", "داود أوغلو"]),
    ("TR", "head_of_government", "2016-2018", ["بن علي يلدريم", "يلدريم"]),
    ("IR", "monarch", "1989-", ["علي خامنئي", "خامنئي"]),
    ("IR", "head_of_state", "2013-2021", ["حسن روحاني", "روحاني"]),
    ("IR", "head_of_state", "2005-2013", ["محمود أحمدي نجاد", "أحمدي نجاد"]),
    ("IR", "foreign_minister", "2013-2021", ["محمد جواد ظريف", "جواد ظريف", "ظريف"]),
    ("IL", "head_of_government", "2009-2021", ["بنيامين نتنياهو", "نتنياهو", "بنيامين نتانياهو", "نتانياهو"]),
    ("IL", "head_of_government", "2006-2009", ["إيهود أولمرت", "أولمرت"]),
    ("IL", "head_of_government", "2001-2006", ["أرييل شارون", "آرييل شارون", "شارون"]),
    ("IL", "head_of_government", "1999-2001", ["إيهود باراك", "ايهود باراك"]),
    ("IL", "head_of_state", "2014-2021", ["رؤوفين ريفلين", "ريفلين"]),
    ("IL", "foreign_minister", "2015-2019", ["أفيغدور ليبرمان", "ليبرمان"]),
    # Arab states
    ("EG", "head_of_state", "2014-", ["عبد الفتاح السيسي", "عبدالفتاح السيسي", "السيسي"]),
    ("EG", "head_of_state", "1981-2011", ["محمد حسني مبارك", "حسني مبارك"]),
    ("EG", "head_of_state", "2012-2013", ["محمد مرسي"]),
    ("EG", "foreign_minister", "2014-2023", ["سامح شكري"]),
    ("SA", "monarch", "2015-", ["سلمان بن عبد العزيز", "سلمان بن عبدالعزيز"]),
    ("SA", "monarch", "2005-2015", ["عبد الله بن عبد العزيز", "عبدالله بن عبدالعزيز"]),
    ("SA", "crown_prince", "2017-", ["محمد بن سلمان"]),
    ("SA", "crown_prince", "2015-2017", ["محمد بن نايف"]),
    ("SA", "foreign_minister", "2015-2018", ["عادل الجبير"]),
    ("SA", "foreign_minister", "1975-2015", ["سعود الفيصل"]),
    ("AE", "head_of_state", "2004-2022", ["خليفة بن زايد"]),
    ("AE", "crown_prince", "2004-2022", ["محمد بن زايد"]),
    ("AE", "head_of_government", "2006-", ["محمد بن راشد"]),
    ("AE", "foreign_minister", "2006-", ["عبد الله بن زايد", "عبدالله بن زايد"]),
    ("QA", "monarch", "2013-", ["تميم بن حمد"]),
    ("QA", "monarch", "1995-2013", ["حمد بن خليفة"]),
    ("KW", "monarch", "2006-2020", ["صباح الأحمد الجابر الصباح", "صباح الأحمد"]),
    ("BH", "monarch", "1999-", ["حمد بن عيسى"]),
    ("OM", "monarch", "1970-2020", ["قابوس بن سعيد"]),
    ("OM", "monarch", "2020-", ["هيثم بن طارق"]),
    ("JO", "monarch", "1999-", ["عبد الله الثاني", "عبدالله الثاني"]),
    ("JO", "foreign_minister", "2017-", ["أيمن الصفدي"]),
    ("SY", "head_of_state", "2000-2024", ["بشار الأسد"]),
    ("SY", "foreign_minister", "2006-2020", ["وليد المعلم"]),
    ("IQ", "head_of_government", "2006-2014", ["نوري المالكي"]),
    ("IQ", "head_of_government", "2014-2018", ["حيدر العبادي", "العبادي"]),
    ("IQ", "head_of_state", "1979-2003", ["صدام حسين"]),
    ("LB", "head_of_government", "2016-2020", ["سعد الحريري"]),
    ("LB", "head_of_state", "2016-2022", ["ميشال عون"]),
    ("PS", "head_of_state", "2005-", ["محمود عباس", "أبو مازن"]),
    ("YE", "head_of_state", "2012-2022", ["عبد ربه منصور هادي", "عبدربه منصور هادي"]),
    ("YE", "head_of_state", "1990-2012", ["علي عبد الله صالح", "علي عبدالله صالح"]),
    ("YE", "head_of_government", "2016-2018", ["أحمد عبيد بن دغر", "أحمد بن دغر", "بن دغر"]),
    ("SD", "head_of_state", "1989-2019", ["عمر البشير", "عمر حسن البشير"]),
    ("LY", "head_of_state", "1969-2011", ["معمر القذافي", "القذافي"]),
    ("DZ", "head_of_state", "1999-2019", ["عبد العزيز بوتفليقة", "عبدالعزيز بوتفليقة", "بوتفليقة"]),
    ("DZ", "head_of_government", "2017-2019", ["أحمد أويحيى", "أويحيى"]),
    ("MA", "monarch", "1999-", ["محمد السادس"]),
    ("TN", "head_of_state", "2014-2019", ["الباجي قائد السبسي", "قائد السبسي"]),
    ("TN", "head_of_state", "1987-2011", ["زين العابدين بن علي"]),
    # Others often in Arabic news
    ("JP", "head_of_government", "2012-2020", ["شينزو آبي"]),
    ("KP", "head_of_state", "2011-", ["كيم جونغ أون", "كيم جونغ اون"]),
    ("KR", "head_of_state", "2017-2022", ["مون جيه إن", "مون جاي إن", "مون جيه", "مون جاي"]),
    ("KR", "head_of_state", "2013-2017", ["بارك غيون هاي", "بارك كون هيه", "بارك جيون هاي"]),
    ("IN", "head_of_government", "2014-", ["ناريندرا مودي", "مودي"]),
    ("PK", "head_of_government", "2018-2022", ["عمران خان"]),
    ("VE", "head_of_state", "2013-", ["نيكولاس مادورو", "مادورو"]),
    ("UZ", "head_of_state", "2016-", ["شوكت ميرزيوييف", "ميرزيوييف"]),
    ("ET", "head_of_government", "2018-", ["آبي أحمد"]),
]
