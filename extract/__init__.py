"""Structured records (figures, countries, people, organizations, agreements)
from raw Arabic news text.  Every span is an offset into the raw input."""

__version__ = "0.1.0"

from .pipeline import Pipeline  # noqa: E402
from .records import Article  # noqa: E402

__all__ = ["Pipeline", "Article", "__version__"]
