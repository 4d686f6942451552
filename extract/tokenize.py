"""Tokens and sentences with raw offsets.

The tokenizer reads the normalized view (so `٢٫٥` and `2.5` are the same
token) and reports every token with its raw span.  Numbers stay whole:
`2.8`, `2,5`, `1,800`, `1.800`, `٢٫٥`, ranges `2025-2027`, dates `17/11/2008`;
a name with a hyphenated number (`كامباراتا-1`) is one token; digits glued to
Arabic letters (`٢٤٠مليون`) are split from them.  Every other non-space
character is a token of its own.

Sentences end after `.`, `!`, `?` / `؟`, `…` (with the closing quotes and
brackets that follow) and at every line break: news text puts a paragraph or
a heading on each line.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from .clitics import Analysis, analyses
from .lang.ar.chars import COMBINING_MARKS, INVISIBLE, fold_key
from .lang.ar.clitics import ARTICLE
from .normalize import Normalized, normalize

_MARKS = frozenset(COMBINING_MARKS | INVISIBLE)

# Order matters: the first alternative that matches at a position wins.  No
# alternative nests a quantifier inside another over the same characters, so
# matching stays linear on long runs of digits and separators.
_NUMBER = r"\d+(?:[.,]\d+)*(?:[-/]\d+(?:[.,]\d+)*)*"
_TOKEN_RE = regex.compile(
    rf"""
    (?P<url>(?:https?://|www\.)[^\s"'<>()\[\]]+[^\s"'<>()\[\].,;:!?])
  | (?P<email>[\w.+-]{{1,64}}@[\w-]+(?:\.[\w-]+)+)
  | (?P<num>{_NUMBER})
  | (?P<latin>[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f0-9]*(?:['’][A-Za-z]+)?(?:-[A-Za-z0-9]+)*)
  | (?P<word>[\p{{Arabic}}&&\p{{L}}]+(?:-\d+)?|[\p{{L}}\p{{M}}]+)
  | (?P<punct>[^\s])
    """,
    regex.VERBOSE | regex.V1,
)

_FINAL = frozenset(".!?…")
_CLOSERS = frozenset("\"')]}»")


@dataclass(slots=True)
class Token:
    i: int  # index in the article's token list
    text: str  # raw text, exactly as in the input
    norm: str  # normalized text (what rules and the model see)
    start: int  # raw offsets: raw[start:end] == text
    end: int
    nstart: int  # offsets into the normalized view
    nend: int
    kind: str  # word, num, latin, punct, url, email
    space_after: bool
    sent_start: bool = False
    analyses: tuple[Analysis, ...] = field(init=False, repr=False, compare=False)
    key: str = field(init=False, repr=False, compare=False)  # lookup key of `norm` (`normalize.key`)

    @property
    def is_arabic(self) -> bool:
        return self.kind == "word" and "\u0600" <= self.norm[0] <= "\u08ff"

    @property
    def has_article(self) -> bool:
        """Whether the word as written starts with the article (الهام is not
        written with it: إلهام), before any alef folding."""
        if self.kind != "word":
            return False
        plain = "".join(c for c in self.text if c not in _MARKS)
        return plain.startswith(ARTICLE)

    def __post_init__(self) -> None:
        # Proclitic readings of the word (see `extract.clitics`), worked out
        # once: every lexicon lookup reads them.
        if self.kind == "word":
            self.analyses = analyses(self.norm)
        else:
            self.analyses = (Analysis("", 0, self.norm, False, fold_key(self.norm)),)
        first = self.analyses[0] if self.analyses else None
        self.key = first.key if first is not None and first.offset == 0 and first.stem == self.norm \
            else fold_key(self.norm)


@dataclass(slots=True)
class Sentence:
    start: int  # raw offsets
    end: int
    first: int  # token indices [first, last)
    last: int


@dataclass(slots=True)
class Tokenized:
    norm: Normalized
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)

    @property
    def raw(self) -> str:
        return self.norm.raw

    def raw_span(self, nstart: int, nend: int) -> tuple[int, int]:
        """Raw offsets of a span of the normalized view."""
        return self.norm.to_raw(nstart, nend)

    def stem_span(self, token: Token, offset: int) -> tuple[int, int]:
        """Raw offsets of `token` without its first `offset` normalized
        characters (its proclitics, from `Token.analyses`)."""
        return self.norm.to_raw(token.nstart + offset, token.nend)

    def sentence_of(self, token_index: int) -> Sentence:
        lo, hi = 0, len(self.sentences) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.sentences[mid].first <= token_index:
                lo = mid
            else:
                hi = mid - 1
        return self.sentences[lo]


def tokenize(text: str | Normalized) -> Tokenized:
    """Tokenize raw text (or an existing normalized view) and split sentences."""
    norm = text if isinstance(text, Normalized) else normalize(text)
    ntext = norm.text
    raw = norm.raw
    identity = norm.identity
    to_raw = norm.to_raw
    n = len(ntext)
    tokens: list[Token] = []
    append = tokens.append
    for m in _TOKEN_RE.finditer(ntext):
        ns, ne = m.span()
        rs, re_ = (ns, ne) if identity else to_raw(ns, ne)
        append(Token(len(tokens), raw[rs:re_], m.group(), rs, re_, ns, ne, m.lastgroup,
                     ne < n and ntext[ne].isspace()))
    return Tokenized(norm, tokens, _split_sentences(ntext, tokens))


def _split_sentences(ntext: str, tokens: list[Token]) -> list[Sentence]:
    sentences: list[Sentence] = []
    first = 0
    n = len(tokens)
    i = 0
    while i < n:
        tok = tokens[i]
        end_here = False
        if tok.kind == "punct" and tok.norm in _FINAL:
            # Swallow a run of final punctuation and the closing quotes after it.
            while i + 1 < n and tokens[i + 1].kind == "punct" and (
                tokens[i + 1].norm in _FINAL or tokens[i + 1].norm in _CLOSERS
            ) and tokens[i + 1].nstart == tokens[i].nend:
                i += 1
            end_here = True
        if not end_here and i + 1 < n and "\n" in ntext[tokens[i].nend:tokens[i + 1].nstart]:
            end_here = True
        if end_here or i == n - 1:
            sentences.append(Sentence(tokens[first].start, tokens[i].end, first, i + 1))
            tokens[first].sent_start = True
            first = i + 1
        i += 1
    return sentences
