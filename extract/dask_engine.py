"""Running the pipeline on a Dask cluster (optional: `pip install '.[dask]'`).

Two ways in:

- `extract_bag(bag)`: a Dask bag of `{"id": ..., "text": ...}` dicts in, a
  bag of article dicts (the record contract) out, partition by partition;
  each worker process builds the pipeline once and keeps it.
- `results(items, scheduler=...)`, behind `extract run --engine dask`: the
  same stream of input items as the local runner (files, folders, JSON
  Lines, fsspec URLs) goes to the cluster in chunks, a bounded number at a
  time, and the results come back in input order, identical to the local
  runner's.  Without a scheduler address a LocalCluster is started.
"""

from __future__ import annotations

import json
from collections import deque
from functools import partial
from typing import Callable, Iterable, Iterator

from .inputs import Item
from .pipeline import Pipeline
from .records import Article, text_id
from .runner import Result, in_order, process_item, result_of

_PIPELINES: dict[str, Pipeline] = {}


def _worker_pipeline(factory: Callable[[], Pipeline]) -> Pipeline:
    """The pipeline of this worker process, built on first use."""
    k = repr(factory)
    if k not in _PIPELINES:
        _PIPELINES[k] = factory()
    return _PIPELINES[k]


def _as_item(rec) -> Item:
    """A bag element ({"id", "text"} dict, or an Item) as an input item."""
    if isinstance(rec, Item):
        return rec
    text = rec.get("text") if isinstance(rec, dict) else None
    rid = rec.get("id") if isinstance(rec, dict) else None
    source = str(rec.get("source", rid)) if isinstance(rec, dict) else "bag"
    if not isinstance(text, str):
        return Item(id=str(rid), text="", source=source, error=f'the element {rid!r} has no "text" string')
    return Item(id=str(rid) if rid is not None else text_id(text), text=text, source=source)


def extract_partition(records: Iterable, factory: Callable[[], Pipeline] = Pipeline) -> list[dict]:
    pipeline = _worker_pipeline(factory)
    return [json.loads(process_item(pipeline, _as_item(rec)).line) for rec in records]


def extract_bag(bag, factory: Callable[[], Pipeline] = Pipeline):
    """Map the pipeline over a Dask bag of {"id", "text"} dicts."""
    return bag.map_partitions(partial(extract_partition, factory=factory))


def _dask_chunk(items: list[Item], factory: Callable[[], Pipeline]) -> list[Result]:
    pipeline = _worker_pipeline(factory)
    return [process_item(pipeline, it) for it in items]


def require() -> None:
    """Raise ImportError, naming the extra to install, when dask or
    distributed is missing."""
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as e:
        raise ImportError(f"--engine dask needs dask and distributed ({e}); "
                          "install the extra: pip install 'arabic-news-extract[dask]' (from a checkout: "
                          "pip install '.[dask]')") from None


def client_for(scheduler: str | None, workers: int):
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler), None
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    return Client(cluster), cluster


def results(items: Iterable[Item], factory: Callable[[], Pipeline] = Pipeline, workers: int = 2,
            scheduler: str | None = None, chunk_size: int = 16) -> Iterator[Result]:
    """Process `items` on a Dask cluster; yield results in input order."""
    client, cluster = client_for(scheduler, workers)
    try:
        def collect(pending: deque) -> list[Result]:
            chunk, fut = pending.popleft()
            try:
                return fut.result()
            except Exception as e:  # a killed worker, a task that failed on every try
                out = []
                for item in chunk:
                    try:
                        out.extend(client.submit(_dask_chunk, [item], factory, pure=False).result())
                    except Exception:
                        article = Article(id=item.id, source=item.source, warnings=item.warnings,
                                          error=f"the cluster could not process {item.source}: {type(e).__name__}")
                        out.append(result_of(article, failed=True, chars=len(item.text)))
                return out

        def submit(chunk: list[Item]):
            return client.submit(_dask_chunk, chunk, factory, pure=False)

        yield from in_order(items, chunk_size, max(2, workers * 4), submit, collect)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
