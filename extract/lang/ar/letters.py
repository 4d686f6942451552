"""The Arabic letters (data only): from hamza to yeh.  A token with one of
them is an Arabic word; punctuation, digits and Latin have none."""

FIRST_LETTER = "\u0621"  # hamza
LAST_LETTER = "\u064a"  # yeh
# The Arabic block of Unicode, letters, marks and digits (a word starting
# outside it has no Arabic proclitics).
BLOCK_FIRST = "\u0600"
BLOCK_LAST = "\u06ff"
