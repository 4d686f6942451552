"""Reading articles from files, folders, JSON Lines and stdin, as a stream.

`read_inputs(paths)` yields one `Item` per article, in input order, lazily:
nothing is read before it is needed.  An input that cannot be read as an
article (a missing or unreadable file or folder, an unknown suffix, a corrupt
compressed stream, a malformed JSON line, a line without `text`) still yields
an `Item`, with `error` set and the place named in `source`, so the batch
writes an error line for it and goes on with the next input.  Text that can
be read but is damaged (invalid UTF-8, lone surrogates) is repaired one
character for one and carries a warning.

- `X.txt`: one article, id = file name without `.txt`.
- `X.jsonl`, `X.ndjson`: one article per line, `{"id": ..., "text": ...}`;
  without an id, the article gets a hash of its text.  A UTF-8 byte order
  mark before the first line is ignored.
- either one compressed: `.gz`, `.bz2`, `.xz`, `.zst` (the last with the
  `zstandard` package: `pip install '.[zstd]'`).
- any other suffix (`.json`, `.pdf`, ...), or compressed bytes (or a PDF, a
  zip) under a plain suffix: an error line, never an article.
- a folder: its input files, recursively, sorted; hidden files and folders
  and other suffixes are skipped; a folder that cannot be listed, or holds
  no input file, gets an error line.
- a URL (`s3://...`, `memory://...`): a file, a folder or a glob, read
  through fsspec when installed.
- `-`: standard input, read as JSON Lines when its first character (after a
  byte order mark) is `{`, else as one text article with id `stdin`.
"""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import os
import sys
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

import regex

from .records import text_id

MAX_LINE_BYTES = 64 * 1024 * 1024
_SURROGATE = regex.compile(r"[\ud800-\udfff]")
BOM = b"\xef\xbb\xbf"
FORMATS = {".txt": "txt", ".jsonl": "jsonl", ".ndjson": "jsonl"}
COMPRESSIONS = {".gz": "gzip", ".bz2": "bz2", ".xz": "xz", ".zst": "zstd"}
SUFFIXES = ".txt, .jsonl, .ndjson, each alone or with .gz, .bz2, .xz or .zst"
# What a plain-named file must not start with: it would be read as junk text.
MAGIC = ((b"\x1f\x8b", "gzip-compressed"), (b"BZh", "bzip2-compressed"), (b"\xfd7zXZ\x00", "xz-compressed"),
         (b"\x28\xb5\x2f\xfd", "zstd-compressed"), (b"PK\x03\x04", "a zip archive"), (b"%PDF-", "a PDF"))


@dataclass
class Item:
    id: str
    text: str
    source: str
    warnings: list[str] = field(default_factory=list)
    error: str | None = None


class InputError(Exception):
    """An input that cannot be read as articles; the message names it."""


def read_inputs(paths: Iterable[str], max_bytes: int | None = None) -> Iterator[Item]:
    """Yield the articles of every input, in order (see the module docstring).
    `max_bytes` bounds what is read of one text file."""
    for p in paths:
        if p == "-":
            yield from _guarded(_read_stdin(max_bytes), "<stdin>", "stdin")
        elif "://" in p:
            yield from _read_url(p, max_bytes)
        else:
            yield from _read_path(Path(p), p, max_bytes)


def input_kind(name: str) -> tuple[str, str | None] | None:
    """("txt" or "jsonl", compression or None) for a file name, or None when
    its suffix is not one of the inputs."""
    n = name.lower()
    comp = None
    for suffix, c in COMPRESSIONS.items():
        if n.endswith(suffix):
            n, comp = n[: -len(suffix)], c
            break
    for suffix, kind in FORMATS.items():
        if n.endswith(suffix):
            return kind, comp
    return None


def _error(where: str, message: str, id: str | None = None) -> Item:
    return Item(id=id or where, text="", source=where, error=message)


def _read_path(path: Path, p: str, max_bytes: int | None) -> Iterator[Item]:
    if path.is_dir():
        yield from _read_folder(path, max_bytes)
    elif path.is_file():
        yield from _read_file(path, max_bytes)
    elif path.exists():
        yield _error(p, f"not a regular file or folder: {p}")
    else:
        yield _error(p, f"no such file or folder: {p}")


def _read_folder(root: Path, max_bytes: int | None) -> Iterator[Item]:
    """The input files of a folder, recursively, sorted as paths; a folder
    that cannot be listed gets an error line in its place."""
    entries: list[tuple[Path, str | None]] = []  # (path, error)
    skipped = 0

    def unreadable(e: OSError) -> None:
        where = e.filename or str(root)
        entries.append((Path(where), f"cannot read folder {where}: {e.strerror or e}"))

    for folder, dirs, files in os.walk(root, onerror=unreadable):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.startswith("."):
                continue
            f = Path(folder) / name
            if input_kind(name) is not None and f.is_file():
                entries.append((f, None))
            else:
                skipped += 1
    if not entries:
        other = f" ({skipped} files with other suffixes skipped)" if skipped else ""
        yield _error(str(root), f"no input files in folder {root}{other}: inputs are {SUFFIXES}")
        return
    for f, err in sorted(entries, key=lambda e: e[0]):
        if err:
            yield _error(str(f), err)
        else:
            yield from _read_file(f, max_bytes)


def _read_file(path: Path, max_bytes: int | None) -> Iterator[Item]:
    source = str(path)
    kind = input_kind(path.name)
    if kind is None:
        yield _error(source, f"not an input file: {source} (inputs are {SUFFIXES})", _file_id(path))
        return
    yield from _guarded(_read_stream(partial(open, path, "rb"), kind, source, _file_id(path), max_bytes),
                        source, _file_id(path))


def _read_url(url: str, max_bytes: int | None) -> Iterator[Item]:
    """A file, a folder or a glob behind an fsspec URL (s3://, gs://,
    memory://, file://...), when fsspec and the filesystem's package are
    installed."""
    try:
        from fsspec.core import has_magic, url_to_fs

        fs, path = url_to_fs(url)
        if has_magic(path):
            files = [f for f in sorted(fs.glob(path)) if fs.isfile(f)]
            if not files:
                yield _error(url, f"nothing matches {url}")
                return
        elif fs.isdir(path):
            found = sorted(fs.find(path))
            files = [f for f in found if input_kind(f.rsplit("/", 1)[-1])
                     and not any(part.startswith(".") for part in f[len(path):].split("/"))]
            if not files:
                other = f" ({len(found)} files with other suffixes skipped)" if found else ""
                yield _error(url, f"no input files in folder {url}{other}: inputs are {SUFFIXES}")
                return
        else:
            files = [path]
    except ImportError:
        yield _error(url, f"reading {url} needs fsspec (pip install fsspec)")
        return
    except Exception as e:  # a filesystem that cannot be reached or listed
        yield _error(url, f"cannot read {url}: {type(e).__name__}: {e}")
        return
    for f in files:
        source = url if f == path else fs.unstrip_protocol(f)
        name = f.rstrip("/").rsplit("/", 1)[-1]
        kind = input_kind(name)
        if kind is None:
            yield _error(source, f"not an input file: {source} (inputs are {SUFFIXES})", _file_id(Path(name)))
            continue
        opener = partial(fs.open, f, "rb")
        yield from _guarded(_read_stream(opener, kind, source, _file_id(Path(name)), max_bytes),
                            source, _file_id(Path(name)))


def _guarded(items: Iterator[Item], source: str, id: str) -> Iterator[Item]:
    """The items of one input; an error while reading it (a corrupt or
    truncated compressed stream, a missing decompressor, an I/O error) ends
    that input with an error line naming it, and the batch goes on."""
    n = 0
    try:
        for item in items:
            n += 1
            yield item
    except InputError as e:
        yield _error(source, str(e), id)
    except Exception as e:  # zlib.error, lzma.LZMAError, EOFError, OSError, zstandard.ZstdError...
        after = f" after {n} articles" if n else ""
        yield _error(source, f"cannot read {source}{after}: {type(e).__name__}: {e}", id)


def _read_stream(opener, kind: tuple[str, str | None], source: str, id: str,
                 max_bytes: int | None) -> Iterator[Item]:
    fmt, comp = kind
    with opener() as raw:
        with _decompressed(raw, comp, source) as f:
            _check_plain(f, source)
            if fmt == "jsonl":
                yield from _read_jsonl(f, source)
            else:
                yield _text_item(f, id, source, max_bytes)


def _decompressed(raw: BinaryIO, comp: str | None, source: str):
    if comp is None:
        return raw if hasattr(raw, "peek") else io.BufferedReader(raw)
    if comp == "gzip":
        return gzip.GzipFile(fileobj=raw, mode="rb")
    if comp == "bz2":
        return bz2.BZ2File(raw, "rb")
    if comp == "xz":
        return lzma.LZMAFile(raw, "rb")
    try:
        import zstandard
    except ImportError:
        raise InputError(f"reading {source} needs the zstandard package: "
                         "pip install 'arabic-news-extract[zstd]' (or pip install zstandard)") from None
    return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(raw, read_across_frames=True))


def _check_plain(f, source: str) -> None:
    """Refuse bytes that are not text whatever the file's name says."""
    head = f.peek(8)[:8]
    for magic, what in MAGIC:
        if head.startswith(magic):
            raise InputError(f"{source} is {what}, not text: name it for what it is ({SUFFIXES})")


def _file_id(path: Path) -> str:
    """A text file's id: its name without `.txt` (and a compression suffix)."""
    name = path.name
    low = name.lower()
    for suffix in COMPRESSIONS:
        if low.endswith(".txt" + suffix):
            return name[: -len(".txt" + suffix)]
    return name[:-4] if low.endswith(".txt") else name


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
        if lineno == 1 and line.startswith(BOM):
            line = line[len(BOM):]
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
    if not hasattr(stream, "peek"):
        stream = io.BufferedReader(stream)
    if stream.peek(3)[:3] == BOM:
        stream.read(3)
    _check_plain(stream, "<stdin>")
    if stream.peek(64)[:64].lstrip()[:1] == b"{":
        yield from _read_jsonl(stream, "<stdin>")
    else:
        yield _text_item(stream, "stdin", "<stdin>", max_bytes)
