"""Words of time expressions: months, the words that introduce a year, the
Hijri era, the words that join the two ends of a period (data only; the
rules are in `extract.timex`)."""

from .morph import AND

# Gregorian (Egyptian and Levantine names) and Hijri months.
MONTHS = [
    "يناير", "فبراير", "مارس", "أبريل", "إبريل", "ابريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه", "أغسطس",
    "سبتمبر", "أكتوبر", "اكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران",
    "تموز", "آب", "أيلول", "تشرين", "إكتوبر",
    # Hijri months
    "محرم", "صفر", "ربيع", "جمادى", "جمادي", "رجب", "شعبان", "رمضان", "شوال", "ذو", "ذي",
]
# Words right before a number that make it a year (في عام 2024، بحلول 2050، 1445 هـ).
YEAR_CUES = ["عام", "العام", "لعام", "بعام", "سنة", "السنة", "لسنة", "عامي", "منذ", "حتى", "خلال", "بحلول", "في",
             "العامين", "م", "هـ", "ه", "منتصف", "أواخر", "أوائل", "مطلع", "بداية", "نهاية", "موسم", "الموافق"]
# A Hijri year is marked by one of these right after it.
HIJRI = ["هـ", "ه", "هجري", "هجرية"]
# The two ends of a period: من X إلى Y, بين X وY.
PERIOD_FROM = "من"
PERIOD_BETWEEN = "بين"
PERIOD_TO = ["إلى", "الى", "حتى"]
PERIOD_AND = AND
