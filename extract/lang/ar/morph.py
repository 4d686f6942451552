"""Word shapes the rules read off a written word (data only): the conjunction
and the article as they are glued to words, endings of adjectives, the
accusative alef.  The other language modules take these letters from here."""

from .clitics import ARTICLE

# The conjunction و, glued to the next word (وسبتمبر، والصناعة، خمسة وعشرون).
AND = "و"
# و + the article: a definite word that goes on with a list (والصناعة والتجارة).
AND_THE = AND + ARTICLE

# The preposition after which the article loses its alef.
LAM_PREPOSITION = "ل"
# The alef an article gets back when ل is peeled off (للأمم = ل + الأمم).
ARTICLE_ALEF = "ا"
# The article as written after a proclitic: ل + الأمم is written للأمم.
ARTICLE_AFTER_LAM = "لل"
# The article as a proclitic reading ends: ال, or لل for ل + ال.
ARTICLE_READINGS = (ARTICLE, ARTICLE_AFTER_LAM)
# Article forms at the start of a word, longest first (for comparing words
# without them): والاتفاق، بالمائة، للأمم، الأمم.
ARTICLE_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال")
# A nisba adjective ends so (الأفريقي، المائية).
NISBA_ENDINGS = ("ية", "ي")
# Endings of a word that may still be an adjective of the phrase before it
# (الموارد المائية الإقليمية، الدول الأعضاء المؤسسين).
ADJECTIVE_ENDINGS = ("ي", "ية", "ة", "ين")
# The accusative's alef (كيلوغراما، مشروعا), never written after these letters.
ACCUSATIVE_ALEF = "ا"
NO_ACCUSATIVE_AFTER = "اةى"
