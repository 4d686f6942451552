"""Structured records (figures, countries, people, organizations, agreements)
from raw Arabic news text.  Every span is an offset into the raw input.

`from extract import Pipeline, Article` works; the names are loaded on first
use so that `import extract.cli` stays light until the command runs, and
`from extract import Pipeline` does not load torch (see `extract._notorch`)."""

__version__ = "0.1.0"

__all__ = ["Pipeline", "Article", "__version__"]


def __getattr__(name):
    if name == "Pipeline":
        from ._notorch import torch_hidden

        with torch_hidden():  # spaCy's thinc would load torch (370 MB, seconds) for nothing
            from .pipeline import Pipeline

        return Pipeline
    if name == "Article":
        from .records import Article

        return Article
    raise AttributeError(f"module 'extract' has no attribute {name!r}")
