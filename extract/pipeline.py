"""The pipeline: raw text in, one contract `Article` out.

normalize → tokenize → extractors → records.  Extraction stages that are not
built yet contribute nothing (empty lists), never placeholder records.  Every
problem with the text itself becomes a warning on the article; nothing here
raises on bad text.

Every stage exposes `find_X(t, ...)`, which returns its records; the stages
never import each other, and what one reads of another (country hits, the
model's spans, organization and people drafts) is handed over here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import regex

from . import ner
from .agreements import find_agreements
from .countries import country_hits, find_countries
from .entities import find_entities
from .figures import find_figures
from .organizations import find_organizations, org_drafts
from .people import find_people, people_drafts
from .records import Article, text_id
from .tokenize import Tokenized, tokenize

DEFAULT_MAX_CHARS = 1_000_000

_ARABIC_LETTER = regex.compile(r"[\p{Arabic}&&\p{L}]", regex.V1)
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BREAKS = "\n.!?؟"
_STRAY_CONTROLS = 3


@dataclass
class Pipeline:
    """Load once, call many times.  `max_chars` bounds the work per article;
    `ner_model` is a path to a model, None for the default (models/ner), or
    False to run on rules alone."""

    max_chars: int = DEFAULT_MAX_CHARS
    ner_model: str | Path | None | bool = None
    zone_articles: int = 256  # articles per spaCy memory zone (see ner.MemoryZone)

    def __post_init__(self) -> None:
        self.nlp = None
        self.ner_warning: str | None = None
        if self.ner_model is not False:
            self.nlp, reason = ner.load(None if self.ner_model in (None, True) else Path(self.ner_model))
            if reason:
                self.ner_warning = f"ner_unavailable: {reason}"
        self._zone = ner.MemoryZone(self.nlp, self.zone_articles) if self.nlp is not None else None

    def analyze(self, text: str) -> Tokenized:
        """Normalization and tokenization only (what every extractor reads)."""
        return tokenize(text)

    def extract(self, text: str, id: str | None = None, source: str | None = None,
                warnings: list[str] | None = None) -> Article:
        warns = list(warnings or [])
        article_id = id if id is not None else text_id(text)
        work = self._checked(text, warns)
        if work is None:
            return Article(id=article_id, source=source, warnings=warns)
        if self.ner_warning:
            warns.append(self.ner_warning)
        t = self.analyze(work)
        hits = country_hits(t)
        spans = []
        if self.nlp is not None:
            self._zone.enter()
            spans = ner.run(self.nlp, t, zone=False)
        orgs = org_drafts(t, spans)
        people = people_drafts(t, spans, orgs)
        org_records, people_records = find_organizations(t, orgs), find_people(t, people, hits)
        return Article(
            id=article_id, source=source, warnings=warns,
            figures=find_figures(t, hits),
            countries=find_countries(t, hits),
            people=people_records,
            organizations=org_records,
            agreements=find_agreements(t, hits, org_records, people_records),
            entities=find_entities(t, spans, hits, people, orgs),
        )

    def _checked(self, text: str, warns: list[str]) -> str | None:
        """The part of `text` to process (a prefix of it, so offsets hold), or
        None when there is nothing to extract; explains itself in `warns`."""
        if not text:
            warns.append("empty_text: the article has no text")
            return None
        if text.isspace():
            warns.append("empty_text: the article holds only white space")
            return None
        head = text[:100_000]
        controls = len(_CONTROL.findall(head))
        # a stray control character or two is common in crawled news; binary
        # junk has one in every few hundred characters or more
        if controls > max(_STRAY_CONTROLS, len(head) // 1000):
            warns.append(f"binary: the text holds {controls} control characters; it may not be text")
        if "\ufffd" in text:
            warns.append(f"replacement_characters: the text holds {text.count(chr(0xFFFD))} U+FFFD characters")
        if len(text) > self.max_chars:
            cut = self._cut(text)
            # One truncation warning: the reader may have cut the input already.
            read_cut = any(w.startswith("truncated:") for w in warns)
            warns[:] = [w for w in warns if not w.startswith("truncated:")]
            more = " (read from a larger input)" if read_cut else ""
            warns.append(
                f"truncated: the article has {len(text)} characters{more}; only the first {cut} were processed"
            )
            text = text[:cut]
        if _ARABIC_LETTER.search(text) is None:
            warns.append("no_arabic: the text has no Arabic letters; nothing was extracted")
            return None
        return text

    def _cut(self, text: str) -> int:
        """Where to cut an over-long text: the last sentence or line end within
        the last tenth before `max_chars`, else at `max_chars`."""
        window_start = self.max_chars - self.max_chars // 10
        window = text[window_start:self.max_chars]
        last = max(window.rfind(c) for c in _BREAKS)
        return window_start + last + 1 if last >= 0 else self.max_chars
