"""The words of the HTML page (`extract show`): the legend of each record type
and the captions and column heads of its table (data only)."""

LEGEND = {"figure": "أرقام", "country": "دول", "person": "أشخاص", "organization": "منظمات", "agreement": "اتفاقيات"}

# record type → (caption, column heads)
TABLES = {
    "figures": ("الأرقام (figures)", ["النص", "القيمة", "النوع", "الوحدة", "السنة", "الموضوع"]),
    "countries": ("الدول (countries)", ["ISO", "الاسم", "الإشارات"]),
    "people": ("الأشخاص (people)", ["الاسم", "الصفة", "الدولة", "المنظمة"]),
    "organizations": ("المنظمات (organizations)", ["الاسم", "الإشارات"]),
    "agreements": ("الاتفاقيات (agreements)", ["النص", "النوع", "الأطراف", "الحالة"]),
}
