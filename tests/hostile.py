"""Pathological inputs of issue 16, shared by the doubling tests
(`test_adversarial.py`) and the one-million-character benchmark
(`benchmarks/test_bench_hostile.py`): each pattern repeated, or random bytes
decoded as text, after an Arabic opening (a text without Arabic letters
stops at the first check and would test nothing)."""

import random

OPENING = "قال المصدر: "

PATTERNS = {
    "agreement words": "اتفاقية ",
    "agreements with": "اتفاقية مع ",
    "names": "محمد بن سلمان ",
    "a leader's name": "دونالد ترامب ",
    "titles and names": "الرئيس الأمريكي دونالد ترامب و",
    "digits with scales": "1 مليار ",
    "money signs": "1$",
    "digits and و": "1 و ",
    "organizations": "شركة أرامكو السعودية ",
    "parentheses": "(شركة) ",
    "latin words": "Deutsche Bank و",
}
RANDOM = "random bytes"
NAMES = [*PATTERNS, RANDOM]


def hostile_text(name: str, chars: int) -> str:
    """The opening, then `chars` characters of the pattern `name` (or of
    random bytes decoded as UTF-8 with replacement; the same on every run)."""
    if name == RANDOM:
        junk = bytes(random.Random(16).randrange(256) for _ in range(chars))
        return OPENING + junk.decode("utf-8", errors="replace")
    unit = PATTERNS[name]
    return OPENING + (unit * (chars // len(unit) + 1))[:chars]
