"""Arabic clitics, as they are written on the normalized view (bare alef).

A word is: [conjunction] [preposition] [article] stem [pronoun suffix].
Lexicons hold stems with or without the article; the tokenizer offers every
way of peeling the proclitics off a word so that a lookup tries each
(`وأذربيجان` → `أذربيجان`, `لأوزبكستان` → `أوزبكستان`, `بالمائة` → `المائة` /
`مائة`).  The pronoun suffixes matter only for reading clitic-segmented
corpora (`extract.ner_data`).
"""

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")
ARTICLE = "ال"
# After the preposition ل the article loses its alef: ل + الأمم → للأمم.
LAM_ARTICLE = "ل"
# ل + the article written whole, as a segmented corpus spells it (لالاتحاد for للاتحاد).
LAM_FULL_ARTICLE = "لال"

# A stem shorter than this is never proposed (it would make `ولد` the clitics و+ل+د).
MIN_STEM = 2

# Pronoun suffixes (عاصمتها، رئيسهم).
PRONOUN_SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "كم", "كما", "كن", "نا", "ي")
# Before a pronoun suffix a teh marbuta is written teh: عاصمة + ها → عاصمتها.
TEH_MARBUTA = "ة"
TEH = "ت"
