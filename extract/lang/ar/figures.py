"""Arabic language data for figures: number words, scales, units, currencies,
modifiers and the verbs that govern a measured subject (data only; the rules
are in the `extract.figures` package).  Words are written in ordinary
spelling; the rules key them with `extract.lexicon.keyed` / `keyed_map`.
"""

from .morph import AND as AND  # re-exported: the figures rules read it as L.AND
from .morph import ACCUSATIVE_ALEF, AND_THE, ARTICLE, ARTICLE_READINGS
from .timex import MONTHS

# --- number words -------------------------------------------------------------

ONES = {
    "واحد": 1, "واحدة": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثني": 2,
    "اثنتا": 2, "اثنتي": 2, "ثلاث": 3, "ثلاثة": 3, "أربع": 4, "أربعة": 4, "خمس": 5, "خمسة": 5,
    "ست": 6, "ستة": 6, "سبع": 7, "سبعة": 7, "ثمان": 8, "ثماني": 8, "ثمانية": 8, "تسع": 9, "تسعة": 9,
    "عشر": 10, "عشرة": 10, "صفر": 0,
}
# Only before عشر / عشرة (أحد عشر = 11): alone they mean "one of", "someone", "Sunday".
TEEN_ONES = {"أحد": 1, "إحدى": 1, "حادي": 1}
TEEN_TENS = {"عشر", "عشرة"}
TENS = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
}
HUNDREDS = {
    "مائة": 100, "مئة": 100, "مائتان": 200, "مائتين": 200, "مئتان": 200, "مئتين": 200, "مائتا": 200, "مئتا": 200,
    "مائتي": 200, "مئتي": 200,
    **{f"{p}{h}": n * 100 for p, n in (("ثلاث", 3), ("أربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7),
                                       ("ثمان", 8), ("تسع", 9)) for h in ("مائة", "مئة")},
}
# Scales: value, and whether the form is a dual (مليونين = 2 million on its own).
SCALES = {
    "ألف": (1e3, 1), "آلاف": (1e3, 1), "ألفا": (1e3, 1), "ألوف": (1e3, 1), "ألفين": (1e3, 2), "ألفان": (1e3, 2),
    "ألفي": (1e3, 2),
    "مليون": (1e6, 1), "ملايين": (1e6, 1), "مليونا": (1e6, 1), "مليونين": (1e6, 2), "مليونان": (1e6, 2),
    "مليوني": (1e6, 2),
    "مليار": (1e9, 1), "مليارات": (1e9, 1), "مليارا": (1e9, 1), "ملياري": (1e9, 2), "مليارين": (1e9, 2),
    "ملياران": (1e9, 2), "بليون": (1e9, 1), "بلايين": (1e9, 1), "بليونا": (1e9, 1), "بليوني": (1e9, 2),
    "تريليون": (1e12, 1), "تريليونات": (1e12, 1), "تريليونا": (1e12, 1), "تريليوني": (1e12, 2),
    "ترليون": (1e12, 1), "ترليونات": (1e12, 1), "تريليونين": (1e12, 2),
}
# Plural scales never stand alone as a figure (ملايين الدولارات = "millions of dollars").
PLURAL_SCALES = {"آلاف", "ألوف", "ملايين", "مليارات", "بلايين", "تريليونات", "ترليونات"}
FRACTIONS = {"نصف": 0.5, "ربع": 0.25, "ثلث": 1 / 3, "أرباع": 0.25, "أثلاث": 1 / 3}
# Fractions that are a number on their own (نصف مليون).
WHOLE_FRACTIONS = ["نصف", "ربع", "ثلث"]
# After a ones word: hundreds (ثلاث مائة) and plural fractions (ثلاثة أرباع).
HUNDRED = ["مائة", "مئة"]
FRACTION_PLURALS = ["أرباع", "أثلاث"]
# The conjunction that adds the terms of a number (`AND`, from morph), glued to
# a number word or on its own before digits: خمسة وعشرون، 101 مليار و189 مليون.
# Glued to و after a scale, a fraction of that scale: مليار ونصف، مليون وربع.
SCALE_FRACTIONS = ["نصف", "ربع"]
# The decimal point spelled out between two numbers: واحد فاصلة خمسة = 1.5.
DECIMAL_WORDS = ["فاصلة", "فاصل"]
# The news-agency decimal point between two digit groups: 1ر4 = 1.4.
AGENCY_DECIMAL = "ر"
# Proclitic readings that end with the article (ال, and لل for ل + ال): a number
# word never takes it (الثلاث is not a number).
ARTICLE_PROCLITICS = ARTICLE_READINGS

# --- units --------------------------------------------------------------------

PERCENT = ["%", "في المائة", "في المئة", "في المية", "بالمائة", "بالمئة", "بالمية", "من المائة", "في المائه"]
PERCENT_POINTS = ["نقطة مئوية", "نقاط مئوية", "نقطتين مئويتين", "نقطتان مئويتان"]
BASIS_POINTS = ["نقطة أساس", "نقاط أساس"]

QUANTITIES = {
    "tonne": ["طن", "أطنان", "طنا", "الطن", "ألف طن متري", "طن متري", "أطنان مترية"],
    "kg": ["كيلوغرام", "كيلوغرامات", "كيلوجرام", "كيلوجرامات", "كغ", "كجم", "كلغ", "كيلو"],
    "km2": ["كيلومتر مربع", "كيلومترات مربعة", "كيلومترا مربعا", "كم مربع", "كم2", "كم²", "كلم مربع", "كلم2"],
    "km": ["كيلومتر", "كيلومترات", "كيلومترا", "كم", "كلم"],
    "m3": ["متر مكعب", "أمتار مكعبة", "مترا مكعبا", "م3", "م³"],
    "m2": ["متر مربع", "أمتار مربعة", "مترا مربعا", "م2", "م²"],
    "m": ["متر", "أمتار", "مترا"],
    "barrel": ["برميل", "براميل", "برميلا"],
    "MW": ["ميغاواط", "ميجاوات", "ميغاوات", "ميجاواط", "ميغا واط", "ميجا وات"],
    "GW": ["غيغاواط", "جيجاوات", "غيغاوات", "جيجاواط", "جيغاواط"],
    "kWh": ["كيلوواط ساعة", "كيلو وات ساعة", "كيلوات ساعة", "كيلو واط ساعة", "كيلو وات", "كيلوواط"],
    "hectare": ["هكتار", "هكتارات", "هكتارا"],
    "feddan": ["فدان", "أفدنة", "فدانا"],
    "litre": ["لتر", "لترات", "لترا"],
    "ounce": ["أوقية", "أونصة"],
    "ft3": ["قدم مكعب", "قدم مكعبة", "أقدام مكعبة", "قدما مكعبا", "قدم3"],
}
# Units written in Latin letters after a number (500 MW, 10 bcf): lower-case key →
# (unit, factor); bcf is a billion cubic feet, bcm a billion cubic metres.
LATIN_UNITS = {
    "mw": ("MW", 1.0), "gw": ("GW", 1.0), "kw": ("kW", 1.0), "kwh": ("kWh", 1.0), "mwh": ("kWh", 1e3),
    "gwh": ("kWh", 1e6), "twh": ("kWh", 1e9), "km": ("km", 1.0), "km2": ("km2", 1.0), "m3": ("m3", 1.0),
    "m2": ("m2", 1.0), "kg": ("kg", 1.0), "t": ("tonne", 1.0), "ha": ("hectare", 1.0),
    "cf": ("ft3", 1.0), "mcf": ("ft3", 1e3), "mmcf": ("ft3", 1e6), "bcf": ("ft3", 1e9), "tcf": ("ft3", 1e12),
    "bcm": ("m3", 1e9), "tcm": ("m3", 1e12), "mcm": ("m3", 1e6),
    "bpd": ("barrel_per_day", 1.0), "bbl": ("barrel", 1.0), "mmbbl": ("barrel", 1e6),
}
PER_DAY = ["يوميا", "في اليوم", "يومياً", "في اليوم الواحد", "/ يوم", "/يوم", "/ د"]
RATE_WORDS = ["يوميا", "سنويا", "شهريا", "أسبوعيا", "في اليوم", "في اليوم الواحد", "/ يوم", "/ د"]

MULTIPLIERS = {"ضعف": 2, "ضعفا": 2, "ضعفين": 2, "ضعفي": 2, "أضعاف": None, "ضعفان": 2}
# Forms that are "double" even without a cue (ضعف alone may mean "weakness").
UNAMBIGUOUS_MULTIPLIERS = ["ضعفين", "ضعفي", "ضعفان", "ضعفا"]
# A bare ضعف is "double" before these words (ضعف ما كان عليه، ضعف الرقم).
MULTIPLIER_NEXT = ["ما", "الرقم", "المتوسط", "حجم", "مستوى", "قيمة", "عدد", "نظيره", "نظيرتها", "مثيله", "المعدل"]
# مرة / مرات are "times" (multiplier) only before a comparative; else a count of occasions.
TIMES = ["مرة", "مرات"]
COMPARATIVES = {"أكثر", "أكبر", "أعلى", "أقل", "أصغر", "أسرع", "أغلى", "أرخص", "أطول"}
# A number glued to ب before مرة / مرات is a multiplier too (تفوق ... بمئة مرة); a
# bare ضعف after ب is "double" (بضعف).
BY = "ب"
# A bare ضعف is "double" after one of these words (أي ضعف المتوسط العالمي).
MULTIPLIER_CUES = ["أي", "هو", "وهو", "هي", "وهي", "إلى", "الى", "بلغ", "يبلغ", "تبلغ", "بلغت", "نحو",
                   "حوالي", "قرابة", "يعادل", "تعادل", "يساوي", "تساوي", "أصبح", "أصبحت", "ليصل", "لتصل"]

# Currency families: the written forms of each currency word, and the currency
# it means without a country adjective.  With an adjective (دينار كويتي) the
# country's currency (CLDR) decides; see AMBIGUOUS_FAMILIES.
CURRENCY_FAMILIES = {
    "دولار": ("USD", ["دولار", "دولارات", "دولارا", "الدولار", "الدولارات"]),
    "يورو": ("EUR", ["يورو", "اليورو", "أورو", "الأورو", "يوروهات"]),  # أورو: the Maghrebi spelling
    "ريال": ("SAR", ["ريال", "ريالات", "ريالا", "الريال"]),
    "درهم": ("AED", ["درهم", "دراهم", "درهما", "الدرهم"]),
    "دينار": ("KWD", ["دينار", "دنانير", "دينارا", "الدينار", "دينارات"]),
    "جنيه": ("EGP", ["جنيه", "جنيهات", "جنيها", "الجنيه"]),
    "ليرة": ("TRY", ["ليرة", "ليرات", "الليرة"]),
    "روبية": ("INR", ["روبية", "روبيات", "الروبية"]),
    "فرنك": ("CHF", ["فرنك", "فرنكات", "الفرنك", "فرنكا"]),
    "شلن": ("KES", ["شلن", "شلنات"]),
    "روبل": ("RUB", ["روبل", "روبلات", "روبلا"]),
    "يوان": ("CNY", ["يوان", "اليوان", "رنمينبي"]),
    "ين": ("JPY", ["ين", "الين"]),
    "سوم": ("UZS", ["سوم"]),
    "تنغي": ("KZT", ["تنغي", "تينغ", "تنغ", "تينغي"]),
    "مانات": ("AZN", ["مانات"]),
    "سوموني": ("TJS", ["سوموني"]),
    "شيكل": ("ILS", ["شيكل", "شيقل", "شواكل", "شواقل", "شيكلات", "شيقلات", "الشيكل", "الشيقل"]),
    "تومان": ("IRR", ["تومان"]),
    "دج": ("DZD", ["دج"]),
    # the press's names of other currencies (CLDR's full names come through Babel)
    "بيزو": ("MXN", ["بيزو", "بيزوات", "البيزو"]),
    "كرونة": ("SEK", ["كرونة", "كرونات", "الكرونة"]),
    "راند": ("ZAR", ["راند"]),
    "وون": ("KRW", ["وون", "الوون"]),
    "زلوتي": ("PLN", ["زلوتي"]),
    "رينغيت": ("MYR", ["رينغيت", "رينجيت"]),
    "هريفنيا": ("UAH", ["هريفنيا", "غريفنا", "هريفنا"]),
    "نيرة": ("NGN", ["نيرة", "نايرا"]),
}
# Duals of currency words: with no number before them they are an amount of two
# (بأقل من دولارين في اليوم), in the family's currency.
CURRENCY_DUALS = {
    "دولاران": "دولار", "دولارين": "دولار", "ديناران": "دينار", "دينارين": "دينار", "ريالان": "ريال",
    "ريالين": "ريال", "جنيهان": "جنيه", "جنيهين": "جنيه", "درهمان": "درهم", "درهمين": "درهم", "ليرتان": "ليرة",
    "ليرتين": "ليرة", "يوروان": "يورو", "يوروين": "يورو",
}
# Subunits: written after the main unit and و they add to its amount (20 دولارا و43
# سنتا = 20.43 USD; a hundredth, or a thousandth for the currencies CLDR gives three
# digits); alone, an amount of the currency named here.
SUBUNITS = {
    "سنت": ("USD", ["سنت", "سنتا", "سنتات"]),
    "قرش": ("EGP", ["قرش", "قروش", "قرشا"]),
    "فلس": ("KWD", ["فلس", "فلسا"]),
    "هللة": ("SAR", ["هللة", "هللات", "هللتين"]),
    "مليم": ("TND", ["مليم", "مليما", "مليمات"]),
    "سنتيم": ("MAD", ["سنتيم", "سنتيما", "سنتيمات"]),
    "بيسة": ("OMR", ["بيسة", "بيسات"]),
    "كوبيك": ("RUB", ["كوبيك", "كوبيكات"]),
}
# Abbreviations written after an amount (CLDR's Arabic symbols, which Babel gives,
# and the press's forms); followed by another «.X» they are no currency (ج.م.ع is
# the Arab Republic of Egypt).
CURRENCY_ABBREVIATIONS = {
    "ج.م": "EGP", "د.ك": "KWD", "ر.س": "SAR", "د.إ": "AED", "ر.ق": "QAR", "ر.ع": "OMR",
    "د.ب": "BHD", "د.أ": "JOD", "ل.ل": "LBP", "ل.س": "SYP", "د.ج": "DZD", "د.م": "MAD", "د.ت": "TND",
    "د.ل": "LYD", "د.ع": "IQD", "ر.ي": "YER", "ج.س": "SDG",
}
# Whole phrases that name one currency whatever the article is about.
CURRENCY_PHRASES = {
    "جنيه إسترليني": "GBP", "جنيهات إسترلينية": "GBP", "جنيها إسترلينيا": "GBP", "الجنيه الإسترليني": "GBP",
    "جنيه استرليني": "GBP", "إسترليني": "GBP",
}
# Currencies that are the same in several countries: the adjective picks the country,
# and an article about one of these countries picks it for a bare family word.
AMBIGUOUS_FAMILIES = {
    "دولار": ["US", "CA", "AU", "NZ", "SG", "HK", "TW", "ZW", "LR", "NA", "JM", "BS", "BB", "BZ", "BN", "FJ", "GY",
              "SR", "SB", "TT", "BM", "KY"],
    "ريال": ["SA", "QA", "OM", "YE", "IR", "BR", "KH"],
    "درهم": ["AE", "MA"],
    "دينار": ["KW", "JO", "BH", "IQ", "LY", "TN", "DZ", "RS", "MK"],
    "جنيه": ["EG", "SD", "SS", "LB", "SY", "GB"],
    "ليرة": ["TR", "LB", "SY"],
    "روبية": ["IN", "ID", "PK", "LK", "NP", "MU", "SC"],
    "فرنك": ["CH", "KM", "DJ", "GN", "RW", "BI", "CD", "CF", "CM", "TD", "CG", "GA", "GQ", "BJ", "BF", "CI", "ML",
             "NE", "SN", "TG"],
    "شلن": ["KE", "TZ", "UG", "SO"],
    "بيزو": ["MX", "AR", "CL", "CO", "PH", "UY", "CU", "DO"],
    "كرونة": ["SE", "NO", "DK", "IS", "CZ"],
}
# The dollar family: bare, the US dollar unless the article writes another dollar with
# its adjective (دولار أسترالي).
DOLLAR_FAMILY = "دولار"
DOLLAR_FORMS = CURRENCY_FAMILIES[DOLLAR_FAMILY][1]
SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₪": "ILS", "₹": "INR", "₽": "RUB", "₺": "TRY",
           "₩": "KRW", "₦": "NGN", "₴": "UAH", "₫": "VND", "฿": "THB"}
# A Latin prefix glued to $ (US$ 5, A$ 3); Babel's own symbols are added.
DOLLAR_PREFIXES = {"US": "USD", "A": "AUD", "AU": "AUD", "C": "CAD", "CA": "CAD", "S": "SGD", "HK": "HKD",
                   "NZ": "NZD", "NT": "TWD", "MX": "MXN", "R": "BRL"}
# ISO 4217 codes in Latin letters: any code after an amount (42 SAR, 1.5 مليار USD),
# before it only these (USD 10); never these English words.
CODES_BEFORE = ["USD", "EUR", "GBP", "SAR", "AED", "EGP", "KWD", "QAR", "BHD", "OMR", "JOD", "CHF", "JPY", "CNY",
                "TRY", "RUB", "INR", "IQD", "MAD", "DZD", "TND", "LBP", "SYP", "YER", "SDG", "LYD", "IRR", "ILS"]
NOT_CODES = ["ALL", "TOP", "CUP", "MOP", "PEN", "BOB", "COP", "AMD", "BAM", "CVE", "GEL", "SOS"]
# A character glued before a symbol that makes it no currency (#$100, a$1 in code).
NOT_SYMBOL_BEFORE = "#_={}\\@"

# --- modifiers ------------------------------------------------------------------

# Inside the span, right before the number: (phrase, approximate, bound).
PRE_MODIFIERS = [
    ("أكثر من", False, "more_than"), ("ما يزيد على", False, "more_than"), ("ما يزيد عن", False, "more_than"),
    ("ما يربو على", False, "more_than"), ("أزيد من", False, "more_than"), ("ما يفوق", False, "more_than"),
    ("أقل من", False, "less_than"),
    ("ما لا يقل عن", False, "at_least"),
    ("حوالي", True, None), ("حوالى", True, None), ("نحو", True, None), ("قرابة", True, None),
    ("ما يقرب من", True, None), ("ما يقارب", True, None), ("زهاء", True, None), ("ما يناهز", True, None),
    ("تقريبا", True, None), ("قرابة الـ", True, None),
]
# Outside the span: verbs (any conjugation listed) before the subject or the number.
VERB_MODIFIERS = [
    (["تتجاوز", "تجاوز", "يتجاوز", "تجاوزت", "تخطى", "يتخطى", "تتخطى", "تخطت", "فاق", "يفوق", "تفوق", "فاقت"],
     False, "more_than"),
    (["يزيد", "تزيد", "زاد", "زادت"], False, "more_than"),  # only with على/عن before the number
    (["يقترب", "تقترب", "اقترب", "اقتربت", "يناهز", "تناهز", "ناهز", "ناهزت", "يقارب", "تقارب", "قارب", "قاربت"],
     True, None),
    (["يقل", "تقل"], False, "less_than"),  # «لا يقل عن» is handled as at_least
]
NEGATED_AT_LEAST = ["لا يقل عن", "لا تقل عن", "لم يقل عن", "لم تقل عن"]
NEGATED_AT_MOST = ["لا يزيد على", "لا يزيد عن", "لا تزيد على", "لا تزيد عن", "لا يتجاوز", "لا تتجاوز", "لا يتعدى",
                   "لا تتعدى"]
# Verbs that bound a figure only with a preposition right before the number
# (يزيد على / عن، يقترب من، يقل عن): (verbs, prepositions).
VERB_PREPOSITIONS = [
    (["يزيد", "تزيد", "زاد", "زادت"], ["على", "عن"]),
    (["يقترب", "تقترب", "اقترب", "اقتربت"], ["من"]),
    (["يقل", "تقل"], ["عن"]),
]
# Proclitics a bounding verb may carry (وتتجاوز، فيقترب، لتتجاوز).
VERB_PROCLITICS = ("", "و", "ف", "ل")
# A negation right before the verb, or two words before it with أن between, turns its bound
# (لا تتجاوز 4%: at most; لا يقل ... عن 500: at least).
NEGATIONS = ["لا", "لم", "لن"]
NEGATION_PROCLITICS = ("", "و", "ف")
NEGATED_THAT = "أن"
POST_MODIFIERS = [("تقريبا", True, None), ("أو أكثر", False, "at_least"), ("فأكثر", False, "at_least"),
                  ("أو أقل", False, "at_most")]
# Outside the span: words right before the number, or right after the figure.
BEFORE_OUTSIDE = [("ما دون", "less_than"), ("دون", "less_than"), ("حتى", "at_most")]
AFTER_OUTSIDE = [("على الأقل", "at_least")]

# Verbs (and verbal nouns) whose subject is what a figure measures.
MEASURE_VERBS = [
    "بلغ", "بلغت", "يبلغ", "تبلغ", "ارتفع", "ارتفعت", "يرتفع", "ترتفع", "انخفض", "انخفضت", "ينخفض", "تنخفض",
    "تراجع", "تراجعت", "يتراجع", "تتراجع", "وصل", "وصلت", "يصل", "تصل", "سجل", "سجلت", "يسجل", "تسجل",
    "تجاوز", "تجاوزت", "يتجاوز", "تتجاوز", "يقترب", "تقترب", "اقترب", "اقتربت", "قدر", "قدرت", "يقدر", "تقدر",
    "يناهز", "تناهز", "زاد", "زادت", "يزيد", "تزيد", "نما", "نمت", "ينمو", "تنمو", "تضاعف", "تضاعفت",
    "يمثل", "تمثل", "مثل", "مثلت", "يعادل", "تعادل", "قفز", "قفزت", "يقفز", "تقفز", "هبط", "هبطت", "يهبط",
    "تهبط", "يساوي", "تساوي", "حقق", "حققت", "يحقق", "تحقق", "تخطى", "تخطت", "يتخطى", "تتخطى", "فاق", "فاقت",
    "يفوق", "تفوق", "يقارب", "تقارب", "قارب", "قاربت", "تجاوز", "استقر", "استقرت", "يتوقع", "تتوقع",
    "ارتفاع", "انخفاض", "تراجع", "نمو", "زيادة", "بلوغ",
]
# Proclitics a measuring verb may carry (وبلغت، فبلغ، ليصل، ببلوغ).
MEASURE_VERB_PROCLITICS = ("", "و", "ف", "ل", "ب")
# A figure with no verb of its own shares the subject of the figure before it
# when one of these (or a word with و glued, or a comma) comes between them:
# من 13% إلى 14%، بين 13% و14%.
SUBJECT_JOINERS = ["إلى", "الى", "حتى", "و"]
# Words dropped from the ends of a subject.
SUBJECT_TRIM = {
    "من", "إلى", "الى", "على", "عن", "نحو", "حوالي", "حوالى", "قرابة", "الآن", "حاليا", "اليوم", "أيضا", "فقط",
    "ما", "يقرب", "بنسبة", "بمقدار", "بقيمة", "بحوالي", "بنحو", "بما", "قدره", "قدرها", "مستوى", "أكثر", "أقل",
    "هو", "هي", "إذ", "حيث", "أن", "إن", "قد", "لقد", "و", "ف", "ثم", "كما", "التي", "الذي", "سنويا",
    "المتوقع", "المقرر", "المنتظر", "المرجح", "المفترض", "الممكن",
}

# --- what is not a figure -----------------------------------------------------------

# Ordinals: a cardinal right after one is part of an ordinal (الخامسة عشرة، السابع والعشرين).
ORDINALS = [
    "الحادي", "الحادية", "الثاني", "الثانية", "الثالث", "الثالثة", "الرابع", "الرابعة", "الخامس", "الخامسة",
    "السادس", "السادسة", "السابع", "السابعة", "الثامن", "الثامنة", "التاسع", "التاسعة", "العاشر", "العاشرة",
    "حادي", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع",
]
# After a number, a word with the article (or و + article) is no counted noun.
DEFINITE_STARTS = (ARTICLE, AND_THE)
# The accusative tanween alef dropped from a counted noun (مشروعًا → مشروع), unless
# the word ends in one of these (قضايا).
TANWEEN_ALEF = ACCUSATIVE_ALEF
NOT_TANWEEN = ("ايا", "اا")
# After a number, a word of four letters or more that starts with a present-tense
# prefix not followed by a long vowel is a verb (يبلغ، تتجاوز), unless it has a noun
# ending (تجربة، توقعات).
VERB_PREFIXES = "يت"
NOT_VERB_SECOND = "اوي"
NOUN_ENDINGS = ("ة", "ات")
# «148,000 من الأغنام»: a number, this preposition and a definite noun is a count.
PARTITIVE = "من"
# Nouns that start with a letter that is also a proclitic (ب ك ل و ف): after a
# number, any other word starting with one is read as clitic + word and is not
# a counted noun (بمدينة، لحركة، كأكبر، وصولا).
COUNTED_WITH_CLITIC_LETTER = [
    "بلد", "بلدان", "بلدا", "بنك", "بنوك", "بنكا", "بيت", "بيوت", "بئر", "باخرة", "بواخر", "بلدية", "بلديات",
    "برنامج", "برامج", "بحث", "بحوث", "بند", "بنود", "بطاقة", "بطاقات", "بعثة", "بعثات", "بليون", "بوصة",
    "لاجئ", "لاجئا", "لاجئين", "لجنة", "لجان", "لغة", "لغات", "لقاء", "لقاءات", "ليلة", "ليال", "لاعب", "لاعبا",
    "لاعبين", "لوحة", "لوحات", "كتاب", "كتب", "كيلو", "كلية", "كليات", "كنيسة", "كنائس", "كتيبة", "كتائب",
    "كيلومتر", "وظيفة", "وظائف", "وحدة", "وحدات", "وافد", "وافدا", "ولاية", "ولايات", "وزير", "وزراء", "وثيقة",
    "وثائق", "ورقة", "وفد", "وفود", "وسيلة", "فرد", "أفراد", "فردا", "فرع", "فروع", "فندق", "فنادق", "فريق",
    "فرق", "فصل", "فصول", "فئة", "فئات", "فيلم", "أفلام", "فلاح", "فلاحين", "فرصة", "فرص", "فقرة", "فتاة",
]
# Words before a number that make it a label, not a quantity.
LABEL_CUES = [
    "المادة", "مادة", "القرار", "قرار", "المرسوم", "مرسوم", "رقم", "الرقم", "القانون", "قانون", "الفصل", "البند",
    "الفقرة", "الصفحة", "ص", "المرتبة", "مرتبة", "المركز", "الترتيب", "رؤية", "طراز", "موديل",
    "الساعة", "هاتف", "الهاتف", "الطريق", "الجدول", "الشكل", "الدورة", "النسخة", "الإصدار", "العدد",
    "مازدا", "داتسون", "بوينغ", "بوينج", "إيرباص", "تويوتا", "نيسان", "كورونا", "مارك", "سوخوي", "ميغ",
    "الفقرتين", "المادتين", "البنود", "المواد", "يوم", "اليوم", "إيه", "ايه", "بعنوان",
]
# Ranges: a number with neither scale nor unit, after one of these and before a
# joiner and a second number, takes the second one's scale and unit (بين 2.1 و2.4
# مليار دولار، من 10 إلى 20 دولارا، ما بين 50 إلى 100 ألف وظيفة).
RANGE_STARTS = ["بين", "من", "ما بين"]
RANGE_JOINERS = ["و", "إلى", "الى", "حتى", "-"]
# A list without those: the first number takes the second's scale and unit too (3 أو 4
# ملايين زائر), but the figures are no range.
LIST_JOINERS = ["و", "أو"]
# An exchange rate: an amount with no unit before «مقابل» + a currency is money in the
# currency the sentence named before it (انخفاض الريال الإيراني ... 63 ألفا مقابل الدولار).
EXCHANGE_AGAINST = ["مقابل"]
# One and two follow their noun (صحفيين اثنين، دولار واحد، الريال الواحد): after a
# currency word these make an amount, after a counted noun (two only) a count.
POSTPOSED_ONE_TWO = ["واحد", "واحدة", "الواحد", "الواحدة", "اثنان", "اثنين", "اثنتان", "اثنتين"]
# A bare fraction before a noun that is no unit is a multiplier (نصف قيمته).
# A time noun followed by a year is no counted noun (8,389 عام 1996).
YEAR_NOUNS = ["عام", "سنة", "العام", "السنة"]
# Right after a 4-digit number with no unit, these make it a year (2024م، 1445 هـ).
YEAR_MARKS = ["م", "هـ", "ه", "ميلادي"]
# Nouns right after a number that are not counted things (dates, names, words of
# the syntax); a number followed only by such a word and no scale is not a figure.
NOT_COUNTED = set(MONTHS) | {
    "من", "في", "إلى", "الى", "على", "عن", "مع", "و", "أو", "ثم", "حتى", "منذ", "بين", "بعد", "قبل", "عند", "لدى",
    "هو", "هي", "كما", "أن", "إن", "التي", "الذي", "الذين", "ما", "لا", "لم", "لن", "قد", "م", "هـ", "ه", "ق",
    "ميلادي", "ميلادية", "هجري", "هجرية", "للميلاد", "ميلاديا", "مقابل", "دون", "وفق", "حسب", "نحو", "كل", "بنسبة",
    "بالمائة", "بالمئة", "بحلول", "خلال", "لكل", "عبر", "ضمن", "فقط", "تقريبا", "سنويا", "يوميا", "شهريا",
    "أسبوعيا", "حاليا", "أيضا", "الآن", "وذلك", "ذلك", "هذا", "هذه", "بينما", "حين", "حيث", "إذ", "عندما",
    "وهو", "وهي", "وفقا", "طبقا", "منها", "منهم", "منه", "فيها", "فيه", "لها", "له", "أي",
    "بل", "لكن", "غير", "سوى", "إلا", "مقارنة", "بزيادة", "بانخفاض", "بقيمة", "بمعدل", "تم", "كان",
    "كانت", "يكون", "تكون", "وكان", "وكانت", "ليصل", "لتصل", "ليبلغ", "لتبلغ", "صباحا", "مساء", "مساءً",
    "ظهرا", "فجرا", "بتوقيت",
} | COMPARATIVES | {"أكثر", "أكبر", "أهم", "أبرز", "أفضل", "أول", "آخر"}  # واحد من أكبر: no counted noun
