"""Arabic proclitics, as they are written on the normalized view (bare alef).

A word is: [conjunction] [preposition] [article] stem.  Lexicons hold stems
with or without the article; the tokenizer offers every way of peeling the
proclitics off a word so that a lookup tries each (`وأذربيجان` → `أذربيجان`,
`لأوزبكستان` → `أوزبكستان`, `بالمائة` → `المائة` / `مائة`).
"""

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")
ARTICLE = "ال"
# After the preposition ل the article loses its alef: ل + الأمم → للأمم.
LAM_ARTICLE = "ل"

# A stem shorter than this is never proposed (it would make `ولد` the clitics و+ل+د).
MIN_STEM = 2
