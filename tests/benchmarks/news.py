"""Real articles for the benchmarks: a fixed sample of the ANT news corpus
(`../shared/data/news/ant-news.jsonl.gz`, 29,963 articles of five outlets and
six sections, from a paragraph to pages long)."""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

ANT = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "news" / "ant-news.jsonl.gz"
SEED = 2018  # the sample is the same on every machine and every run


def available() -> bool:
    return ANT.is_file()


def sample(n: int) -> list[dict]:
    """`n` articles ({id, text}) drawn without replacement, in a fixed random order."""
    with gzip.open(ANT, "rt", encoding="utf-8") as f:
        articles = [{"id": a["id"], "text": a["text"]} for a in map(json.loads, f)]
    random.Random(SEED).shuffle(articles)
    return articles[:n]


def write_jsonl(path: Path, articles: list[dict]) -> int:
    """Write the articles as JSON Lines; returns the number of characters of text."""
    with open(path, "w", encoding="utf-8") as f:
        for a in articles:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    return sum(len(a["text"]) for a in articles)
