"""Reading articles from files, folders, JSON Lines and stdin, as a stream.

`read_inputs(paths)` yields one `Item` per article, in input order, lazily:
nothing is read before it is needed.  An input that cannot be read as an
article (a missing file, a malformed JSON line, a line without `text`) still
yields an `Item`, with `error` set and the place named in `source`, so the
batch writes an error line for it and goes on.  Text that can be read but is
damaged (invalid UTF-8, lone surrogates) is repaired one character for one
and carries a warning.

- `X.txt` (or any other file named explicitly): one article, id = file name
  without `.txt`.
- `X.jsonl`, `X.jsonl.gz`: one article per line, `{"id": ..., "text": ...}`;
  without an id, the article gets a hash of its text.
- a folder: its `.txt`, `.jsonl` and `.jsonl.gz` files, recursively, sorted.
- a URL (`s3://...`, `memory://...`): read through fsspec, when installed.
- `-`: standard input, read as JSON Lines when its first character is `{`,
  else as one text article with id `stdin`.
"""

from __future__ import annotations

import gzip
import io
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

import regex

from .records import text_id

MAX_LINE_BYTES = 64 * 1024 * 1024
_SURROGATE = regex.compile(r"[\ud800-\udfff]")


@dataclass
class Item:
    id: str
    text: str
    source: str
    warnings: list[str] = field(default_factory=list)
    error: str | None = None


def read_inputs(paths: Iterable[str], max_bytes: int | None = None) -> Iterator[Item]:
    """Yield the articles of every input, in order (see the module docstring).
    `max_bytes` bounds what is read of one text file."""
    for p in paths:
        if p == "-":
            yield from _read_stdin(max_bytes)
            continue
        if "://" in p:
            yield from _read_url(p, max_bytes)
            continue
        path = Path(p)
        if path.is_dir():
            files = sorted(
                f for f in path.rglob("*")
                if f.is_file() and _kind(f) in ("txt", "jsonl")
                and not any(part.startswith(".") for part in f.relative_to(path).parts)
            )
            for f in files:
                yield from _read_file(f, _kind(f), max_bytes)
        elif path.is_file():
            yield from _read_file(path, _kind(path) or "txt", max_bytes)
        elif path.exists():
            yield Item(id=p, text="", source=p, error=f"not a regular file or folder: {p}")
        else:
            yield Item(id=p, text="", source=p, error=f"no such file or folder: {p}")


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(".txt"):
        return "txt"
    if name.endswith(".jsonl") or name.endswith(".jsonl.gz"):
        return "jsonl"
    return None


def _read_file(path: Path, kind: str, max_bytes: int | None) -> Iterator[Item]:
    source = str(path)
    try:
        if kind == "jsonl":
            opener = gzip.open if path.name.lower().endswith(".gz") else open
            with opener(path, "rb") as f:
                yield from _read_jsonl(f, source)
        else:
            with open(path, "rb") as f:
                yield _text_item(f, _file_id(path), source, max_bytes)
    except (OSError, EOFError, gzip.BadGzipFile) as e:
        yield Item(id=_file_id(path), text="", source=source, error=f"cannot read {source}: {e}")


def _read_url(url: str, max_bytes: int | None) -> Iterator[Item]:
    """A file behind an fsspec URL (s3://, gs://, memory://, file://...),
    when fsspec and the filesystem's package are installed."""
    name = url.rstrip("/").rsplit("/", 1)[-1]
    try:
        import fsspec

        with fsspec.open(url, "rb", compression="infer") as f:
            if _kind(Path(name)) == "jsonl":
                yield from _read_jsonl(f, url)
            else:
                yield _text_item(f, _file_id(Path(name)), url, max_bytes)
    except ImportError:
        yield Item(id=url, text="", source=url, error=f"reading {url} needs fsspec (pip install fsspec)")
    except (OSError, ValueError, EOFError) as e:
        yield Item(id=url, text="", source=url, error=f"cannot read {url}: {e}")


def _file_id(path: Path) -> str:
    name = path.name
    return name[:-4] if name.lower().endswith(".txt") else name


def _text_item(f: BinaryIO, id: str, source: str, max_bytes: int | None) -> Item:
    warnings: list[str] = []
    data = f.read(max_bytes + 1) if max_bytes else f.read()
    if max_bytes and len(data) > max_bytes:
        data = data[:max_bytes]
        # Drop a multi-byte character cut in half.
        while data and (data[-1] & 0xC0) == 0x80:
            data = data[:-1]
        if data and data[-1] >= 0xC0:
            data = data[:-1]
        warnings.append(f"truncated: the file is larger than {max_bytes} bytes; only the first {len(data)} bytes were read")
    text, bad = _decode(data)
    if bad:
        warnings.append(f"invalid_utf8: {bad} invalid byte sequences were replaced with U+FFFD")
    return Item(id=id, text=text, source=source, warnings=warnings)


def _decode(data: bytes) -> tuple[str, int]:
    """Decode UTF-8, replacing invalid sequences; return the text and how many
    replacements decoding made."""
    try:
        return data.decode("utf-8"), 0
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
        return text, text.count("\ufffd") - data.count("\ufffd".encode())


def _read_jsonl(f: BinaryIO, source: str) -> Iterator[Item]:
    lineno = 0
    while True:
        line = f.readline(MAX_LINE_BYTES)
        if not line:
            return
        lineno += 1
        where = f"{source}:{lineno}"
        if len(line) == MAX_LINE_BYTES and not line.endswith(b"\n"):
            while True:  # skip the rest of an over-long line without holding it
                rest = f.readline(MAX_LINE_BYTES)
                if not rest or rest.endswith(b"\n"):
                    break
            yield Item(id=where, text="", source=where, error=f"line longer than {MAX_LINE_BYTES} bytes: {where}")
            continue
        if not line.strip():
            continue
        yield _json_item(line, where)


def _json_item(line: bytes, where: str) -> Item:
    text_line, bad = _decode(line)
    warnings = [f"invalid_utf8: {bad} invalid byte sequences were replaced with U+FFFD"] if bad else []
    try:
        obj = json.loads(text_line)
    except json.JSONDecodeError as e:
        return Item(id=where, text="", source=where, error=f"malformed JSON at {where}: {e.msg} (column {e.colno})")
    if not isinstance(obj, dict):
        return Item(id=where, text="", source=where, error=f"not a JSON object at {where}")
    raw_id = obj.get("id")
    id_ok = isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool)
    text = obj.get("text")
    if not isinstance(text, str):
        what = "has no \"text\" field" if text is None else "has a \"text\" field that is not a string"
        return Item(id=str(raw_id) if id_ok else where, text="", source=where, error=f"the object at {where} {what}")
    if _SURROGATE.search(text):
        n = len(_SURROGATE.findall(text))
        text = _SURROGATE.sub("\ufffd", text)
        warnings.append(f"invalid_unicode: {n} lone surrogates in the JSON text were replaced with U+FFFD")
    if raw_id is not None and not id_ok:
        warnings.append(f"bad_id: the id at {where} is not a string or integer; a hash of the text was used")
    article_id = str(raw_id) if id_ok else text_id(text)
    return Item(id=article_id, text=text, source=where, warnings=warnings)


def _read_stdin(max_bytes: int | None) -> Iterator[Item]:
    stream = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else io.BytesIO(sys.stdin.read().encode())
    head = stream.peek(64)[:64] if hasattr(stream, "peek") else b""
    if head.lstrip()[:1] == b"{":
        yield from _read_jsonl(stream, "<stdin>")
    else:
        yield _text_item(stream, "stdin", "<stdin>", max_bytes)

