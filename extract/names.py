"""Name words and the proclitics a name's mention leaves out: what the people
and organizations stages share (words in `extract.lang.ar.entities`).

- a name word is Arabic or Latin, not a stop word (`قال`, `في`, `الذي`);
- the first word of a name carries no article (`العبادي` comes after `حيدر`)
  unless it is a particle (`آل`), starts no organization's name, and starts
  no new phrase with a proclitic (`للدخل`, `وبقي`);
- a later word starts no new phrase either (`بالإعلان`, `ورئيس`), and a
  preposition glued to an organization's head or a title ends the name
  (`لوكالة الأنباء`);
- a mention of a person leaves out a proclitic only when the bare name stands
  elsewhere in the article (`وشوكت` → `شوكت`, `ووليد` stays);
- a mention of an organization leaves out the proclitics before its article
  (`والأمم`, `للأمم` → `لأمم`).
"""

from __future__ import annotations

from .gazetteers import org_heads, titles
from .lang.ar import entities as L
from .lang.ar.clitics import ARTICLE
from .lang.ar.morph import AND
from .lexicon import keyed_words
from .normalize import key
from .tokenize import Token, Tokenized

W = keyed_words(L)



def starts_phrase(norm: str) -> bool:
    """Whether a word starts a new phrase with its proclitics: a clitic and
    the article (`للدخل`, `بالإعلان`) or the conjunction (`وبقي`)."""
    return norm.startswith(L.CLITIC_ARTICLE) or (norm.startswith(AND) and len(norm) > 3)


def name_token_ok(tokens: list[Token], i: int, position: int) -> bool:
    """Whether token i can be word `position` (0 for the first) of a name."""
    tok = tokens[i]
    if not tok.is_arabic and tok.kind != "latin":
        return False
    k = tok.key
    if k in W.NAME_STOP:
        return False
    if position == 0:
        if tok.has_article and k not in W.NAME_PARTICLES:
            return False  # a name does not start with the article (العبادي comes after حيدر)
        if starts_phrase(tok.norm):
            return False  # للدخل، وبقي: a clitic starts a new phrase, not a name
        if org_heads().match_at(tokens, i) is not None:
            return False
    if position > 0:
        n = tok.norm
        if starts_phrase(n):
            return False  # بالإعلان، ورئيس: a clitic starts the next phrase
        if n.startswith(L.PREPOSITIONS_BEFORE_NAMES) and (
                org_heads().match_at(tokens, i) or titles().match_at(tokens, i)):
            return False  # لوكالة الأنباء: a preposition and an organization
    return True


def person_clitic(t: Tokenized, i: int) -> int:
    """The proclitic characters a person's mention leaves out of token i: a
    conjunction or preposition only when the bare form stands elsewhere in the
    article (ووليد keeps its و, وشوكت loses it)."""
    tok = t.tokens[i]
    if tok.norm.startswith(L.NAME_PROCLITICS) and len(tok.norm) > 3:
        bare = key(tok.norm[1:])
        if any(x.key == bare for x in t.tokens if x is not tok):
            return 1
    return 0


def org_clitic(t: Tokenized, i: int) -> int:
    """The proclitic characters an organization's mention leaves out of token
    i: those before its article (والأمم، للأمم → لأمم)."""
    for a in t.tokens[i].analyses[1:]:
        if a.article and not a.proclitics.endswith(ARTICLE):
            return a.offset
    return 0
