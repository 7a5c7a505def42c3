"""Stage `read`: find source files, decode them, and yield one Document per article.

    for item in iter_documents(["sources"]):
        if isinstance(item, BuildError): ...   # a bad file never raises, it is reported
        else: item.text ...

Formats, by extension (case-insensitive):
  .txt, .md            one Document; id = file stem; text = the decoded file, unchanged; the first
                       non-blank line is also the title when it reads like one (`text_title`)
  .docx                one Document; text = the paragraphs of word/document.xml, one per line, read
                       with the standard library (zipfile + ElementTree); title = the document
                       properties' title, else the first line as for .txt
  .pdf                 one Document; text = the text layer, page by page (pypdf); a PDF without
                       one (a scan) is reported, not read as empty
  .html, .htm          one Document; text = the visible text extracted with html.parser
                       (offsets computed later refer to this extracted text, not to the markup)
  .jsonl, .json-lines  one Document per line {"id", "title", "text", "date"?, "url"?};
                       source = "path#id"; text = the record's text field

Decoding tries, in order: a byte-order mark (UTF-8/16/32), strict UTF-8, then GB18030 and
Big5 strictly, picking by the share of common Chinese characters; anything that is none of
these is reported, never guessed silently.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import stat
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from typing import Iterator, Sequence

from .dates import header_date
from .records import BuildError, Document
from .titles import reads_like_title

DEFAULT_MAX_BYTES = 64 * 1024 * 1024
TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl", ".json-lines"})
DOCX_SUFFIXES = frozenset({".docx"})
PDF_SUFFIXES = frozenset({".pdf"})
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | DOCX_SUFFIXES | PDF_SUFFIXES
# formats people keep articles in that we cannot read: named in an error, never skipped silently
KNOWN_UNREADABLE = {".doc": "legacy Word (.doc): save it as .docx", ".wps": "WPS document: save it as .docx",
                    ".rtf": "RTF: save it as .docx or .txt", ".odt": "OpenDocument: save it as .docx",
                    ".pages": "Pages document: export it as .docx", ".epub": "EPUB: convert it to .txt",
                    ".mht": "web archive: save it as .html", ".mhtml": "web archive: save it as .html",
                    ".xps": "XPS: print it to PDF"}

# Magic numbers of common binary formats, so that a renamed image gets a useful message.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document"),
    (b"SQLite format 3\x00", "SQLite database"),
)

# Longest first, so that the UTF-32 LE mark (FF FE 00 00) is not taken for UTF-16 LE (FF FE).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)

# A legacy decoding is accepted only when at least this share of its non-ASCII characters
# are common Chinese characters or punctuation; below it the bytes are most likely some
# other encoding, and a wrong guess would feed mojibake into the graph.
_MIN_PLAUSIBILITY = 0.6


class DecodeError(ValueError):
    """The bytes are not text in any encoding we accept; str(exc) says why."""


def iter_documents(paths: Sequence[str | Path], max_bytes: int = DEFAULT_MAX_BYTES,
                   lines: LineMemo | None = None) -> Iterator[Document | KnownLine | BuildError]:
    """Yield a Document (or a BuildError) for every supported file under `paths`; with `lines`, a JSON-lines
    record whose line was read before byte for byte is a KnownLine (see LineMemo).

    Folders are walked recursively, following symlinks but never re-entering a directory that
    is its own ancestor; hidden files and folders are skipped.  All files are sorted by their
    path relative to the argument that named them, so the order depends neither on the OS nor
    on the order of `paths`.  Each file is read once even when reachable twice.
    """
    entries: list[tuple[tuple[str, str], Path | BuildError]] = []
    seen_files: set[tuple[int, int]] = set()
    for root in paths:
        for key, item in _walk_root(Path(root)):
            if isinstance(item, Path):
                ident = _identity(item)
                if ident is not None:
                    if ident in seen_files:
                        continue
                    seen_files.add(ident)
            entries.append((key, item))
    entries.sort(key=lambda entry: entry[0])
    # a document is known by its file stem, as people name articles; only stems that two files of
    # this build share fall back to the relative path, so that they stay two documents
    stems = Counter(PurePosixPath(label).stem for (label, _), item in entries if isinstance(item, Path))
    for (label, _full), item in entries:
        if isinstance(item, BuildError):
            yield item
        else:
            stem = PurePosixPath(label).stem
            doc_id = stem if stems[stem] == 1 else str(PurePosixPath(label).with_suffix(""))
            yield from read_file(item, max_bytes, label=label, doc_id=doc_id, lines=lines)


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES, label: str | None = None,
              doc_id: str | None = None, lines: LineMemo | None = None) -> Iterator[Document | KnownLine | BuildError]:
    """Documents of one file, by its extension; every failure becomes a BuildError.

    `label` is the file's path relative to the folder argument that named it (`2024/x.txt`), or its
    name for a file argument: it becomes Document.source, so that outputs do not depend on where
    the build runs.  `doc_id` defaults to the file stem.  Errors name the full path, which is what a user needs to find the file.
    """
    label = label or path.name
    doc_id = doc_id or path.stem
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(path, max_bytes, label, lines)
        return
    if suffix in KNOWN_UNREADABLE:
        yield BuildError(str(path), f"skipped: {KNOWN_UNREADABLE[suffix]}")
        return
    if suffix not in SUFFIXES:
        yield BuildError(str(path), f"unsupported file type {suffix or '(none)'!r}; expected one of {', '.join(sorted(SUFFIXES))}")
        return
    data = _read_bytes(path, max_bytes)
    if isinstance(data, BuildError):
        yield data
        return
    if suffix in DOCX_SUFFIXES | PDF_SUFFIXES:
        reader = _read_docx if suffix in DOCX_SUFFIXES else _read_pdf
        try:
            title, text = reader(data)
        except DocumentFormatError as exc:
            yield BuildError(str(path), f"skipped: {exc}")
            return
        yield from _parts(Document(id=doc_id, source=label, text=text, title=title or text_title(text),
                                   date=header_date(text)))
        return
    try:
        text, encoding = decode_bytes(data)
    except DecodeError as exc:
        yield BuildError(str(path), f"cannot decode: {exc}")
        return
    if suffix in HTML_SUFFIXES:
        try:
            title, text = html_to_text(text)
        except Exception as exc:  # html.parser is lenient, but a bad page must not stop the build
            yield BuildError(str(path), f"cannot parse HTML: {type(exc).__name__}: {exc}")
            return
        if not text.strip():
            yield BuildError(str(path), "HTML page has no visible text")
            return
        yield from _parts(Document(id=doc_id, source=label, text=text, title=title, encoding=encoding,
                                   date=header_date(text)))
    else:
        # a page's own header dates it (发布时间:2023-12-05); the HTML view's timeline needs a date
        yield from _parts(Document(id=doc_id, source=label, text=text, title=text_title(text), encoding=encoding,
                                   date=header_date(text)))


# ---------------------------------------------------------------------------------- titles

def text_title(text: str) -> str:
    """The first non-blank line, when it reads like a title: at most 60 characters, at least six
    Chinese characters (section labels such as 深度关注 or 视点 are not titles), no sentence-final
    punctuation.  '' otherwise: the document is then known by its id."""
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        return line if reads_like_title(line) else ""
    return ""


# ---------------------------------------------------------------------------------- .docx, .pdf


class DocumentFormatError(ValueError):
    """A .docx or .pdf that cannot be read; the message says why."""


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _read_docx(data: bytes) -> tuple[str, str]:
    """(title, text) of a Word document: paragraphs, tabs and line breaks in document order.

    A .docx is a zip of XML; the text is in word/document.xml, so the standard library reads it
    (python-docx would add lxml for the same few elements)."""
    import io
    import zipfile
    from xml.etree import ElementTree

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            body = archive.read("word/document.xml")
            core = archive.read("docProps/core.xml") if "docProps/core.xml" in archive.namelist() else b""
        root = ElementTree.fromstring(body)
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, OSError, RuntimeError) as exc:
        raise DocumentFormatError(f"not a readable .docx ({exc})") from exc
    lines = []
    for paragraph in root.iter(f"{_W}p"):
        parts = []
        for node in paragraph.iter():
            if node.tag == f"{_W}t" and node.text:
                parts.append(node.text)
            elif node.tag == f"{_W}tab":
                parts.append("\t")
            elif node.tag in (f"{_W}br", f"{_W}cr"):
                parts.append("\n")
        lines.append("".join(parts))
    text = "\n".join(lines)
    if not text.strip():
        raise DocumentFormatError("the .docx has no text")
    title = ""
    if core:
        try:
            found = ElementTree.fromstring(core).find("{http://purl.org/dc/elements/1.1/}title")
            title = " ".join((found.text or "").split()) if found is not None else ""
        except ElementTree.ParseError:
            title = ""
    return title, text


def _read_pdf(data: bytes) -> tuple[str, str]:
    """(title, text) of a PDF's text layer, pages separated by a blank line (pypdf)."""
    import io
    import logging

    try:
        import pypdf
    except ImportError as exc:  # a trimmed install: say what is missing rather than skipping silently
        raise DocumentFormatError("reading .pdf needs pypdf (pip install pypdf)") from exc
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings about odd fonts are not ours to print
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise DocumentFormatError("the PDF is encrypted")
        pages = [page.extract_text() or "" for page in reader.pages]
        meta = reader.metadata
        title = " ".join(str(meta.title or "").split()) if meta is not None else ""
    except DocumentFormatError:
        raise
    except Exception as exc:  # pypdf raises many kinds on damaged files
        raise DocumentFormatError(f"not a readable PDF ({type(exc).__name__}: {exc})") from exc
    text = "\n\n".join(page.strip("\n") for page in pages)
    if not text.strip():
        raise DocumentFormatError("the PDF has no text layer (a scan?): run OCR on it first")
    return title, text


PART_CHARS = 100_000  # news articles are far shorter; the per-document rules assume article size


def _parts(doc: Document, size: int = PART_CHARS) -> Iterator[Document]:
    """A very long text as consecutive parts cut at line breaks, each a Document with the same id
    and its offset in the whole: cleaning and extraction then need memory for one part at a time
    and spread over the cores, and evidence still points into the whole file."""
    text = doc.text
    if len(text) <= size:
        yield doc
        return
    digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n", start + size // 2, end)
            if cut < 0:  # no line break: a sentence end, else a hard cut
                cut = max(text.rfind(mark, start + size // 2, end) for mark in "。！？；")
            end = cut + 1 if cut >= 0 else end
        yield replace(doc, text=text[start:end], offset=start, sha1=digest)
        start = end



# ---------------------------------------------------------------------------------- walking

def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None  # reported when the file is read
    return st.st_dev, st.st_ino


def _walk_root(root: Path) -> Iterator[tuple[tuple[str, str], Path | BuildError]]:
    """(sort key, file or error) for one argument; the key is (relative path, full path)."""
    try:
        st = root.stat()
    except FileNotFoundError:
        yield (root.name, str(root)), BuildError(str(root), "no such file or directory")
        return
    except OSError as exc:
        yield (root.name, str(root)), BuildError(str(root), f"cannot access: {exc.strerror or exc}")
        return
    if stat.S_ISDIR(st.st_mode):
        yield from _walk_dir(root, "", ((st.st_dev, st.st_ino),), set())
    elif stat.S_ISREG(st.st_mode):
        # a file named explicitly is read even if hidden or oddly named: the user asked for it
        yield (root.name, str(root)), root
    else:
        yield (root.name, str(root)), BuildError(str(root), "not a regular file or directory")


def _walk_dir(
    folder: Path, rel: str, ancestors: tuple[tuple[int, int], ...], visited: set[tuple[int, int]]
) -> Iterator[tuple[tuple[str, str], Path | BuildError]]:
    visited.add(ancestors[-1])
    try:
        with os.scandir(folder) as it:
            names = sorted(entry.name for entry in it)
    except OSError as exc:
        yield (rel, str(folder)), BuildError(str(folder), f"cannot list directory: {exc.strerror or exc}")
        return
    for name in names:
        if name.startswith("."):
            continue
        path = folder / name
        child_rel = f"{rel}/{name}" if rel else name
        try:
            st = path.stat()  # follows symlinks
        except FileNotFoundError:
            if path.is_symlink():
                yield (child_rel, str(path)), BuildError(str(path), "broken symlink")
            continue  # vanished while listing: nothing to read
        except OSError as exc:
            yield (child_rel, str(path)), BuildError(str(path), f"cannot access: {exc.strerror or exc}")
            continue
        ident = (st.st_dev, st.st_ino)
        if stat.S_ISDIR(st.st_mode):
            if ident in ancestors:
                yield (child_rel, str(path)), BuildError(str(path), "directory loop: links back to an enclosing folder; not entered")
            elif ident not in visited:
                yield from _walk_dir(path, child_rel, ancestors + (ident,), visited)
        elif stat.S_ISREG(st.st_mode) and (path.suffix.lower() in SUFFIXES or path.suffix.lower() in KNOWN_UNREADABLE):
            # formats we know people use but cannot read are yielded too, to be reported
            yield (child_rel, str(path)), path


# ---------------------------------------------------------------------------------- bytes

def _read_bytes(path: Path, max_bytes: int) -> bytes | BuildError:
    source = str(path)
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                return BuildError(source, f"file too large: {size} bytes, limit {max_bytes}")
            data = handle.read(max_bytes + 1)  # +1: a file growing while we read is still caught
    except FileNotFoundError:
        return BuildError(source, "file vanished before it could be read")
    except PermissionError:
        return BuildError(source, "cannot read: permission denied")
    except IsADirectoryError:
        return BuildError(source, "cannot read: is a directory")
    except OSError as exc:
        return BuildError(source, f"cannot read: {exc.strerror or exc}")
    if len(data) > max_bytes:
        return BuildError(source, f"file too large: more than {max_bytes} bytes")
    if not data:
        return BuildError(source, "empty file")
    return data


def decode_bytes(data: bytes) -> tuple[str, str]:
    """(text, encoding name) for the bytes of one file; raises DecodeError with the cause."""
    if not data:
        raise DecodeError("empty file")
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            raise DecodeError(f"looks binary ({kind})")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise DecodeError(f"starts with a {encoding} byte-order mark but is not valid {encoding} (byte {exc.start})") from None
    if b"\x00" in data:
        raise DecodeError("looks binary (contains NUL bytes; UTF-16 without a byte-order mark is not accepted)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best: tuple[float, str, str] | None = None
    for encoding in ("gb18030", "big5", "cp950"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = plausibility(text)
        if best is None or score > best[0]:
            best = (score, text, encoding)
        if encoding == "big5":
            break  # cp950 is only a fallback for Big5 files using Microsoft's extensions
    if best is None:
        raise DecodeError("not valid UTF-8, GB18030 or Big5")
    score, text, encoding = best
    if score < _MIN_PLAUSIBILITY:
        raise DecodeError(f"not UTF-8, and neither GB18030 nor Big5 gives plausible Chinese text (best: {encoding}, {score:.0%} common characters)")
    if encoding == "cp950":
        encoding = "big5"
    return text, encoding


@lru_cache(maxsize=1)
def _common_chars() -> frozenset[str]:
    """Common Chinese characters and punctuation, from the GB 2312-80 standard itself.

    Rows 0xA1-0xA3 are punctuation and full-width forms; rows 0xB0-0xD7 are level 1, the
    3755 most frequently used hanzi.  Traditional text is converted with OpenCC t2s before it
    is looked up, so one set serves both GB18030 and Big5 candidates.  Derived from Python's
    gb2312 codec: no downloaded list, nothing to regenerate.
    """
    chars: set[str] = set()
    for hi in list(range(0xA1, 0xA4)) + list(range(0xB0, 0xD8)):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes((hi, lo)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return frozenset(chars)


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def plausibility(text: str) -> float:
    """Share of the non-ASCII characters of `text` that are common Chinese characters.

    A wrong legacy decoding produces rare characters, symbols and private-use code points; a
    right one is mostly common hanzi.  Only a sample is scored, so big files stay cheap.
    """
    sample = "".join(ch for ch in text[:20000] if ord(ch) > 0x7F)
    if not sample:
        return 1.0  # pure ASCII: any candidate is right
    try:
        simplified = _t2s().convert(sample)
    except Exception:
        simplified = sample
    if len(simplified) != len(sample):
        simplified = sample
    common = _common_chars()
    hits = sum(1 for a, b in zip(sample, simplified) if a in common or b in common)
    return hits / len(sample)


# ---------------------------------------------------------------------------------- HTML

_SKIP_TAGS = frozenset({"script", "style", "nav", "header", "footer", "noscript", "template", "head", "svg", "iframe", "object"})
_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
    "form", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre", "section",
    "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "body", "html",
})


class _TextExtractor(HTMLParser):
    """Collects visible text; comments are dropped because handle_comment is not overridden."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self.skip_depth = 0
        self.in_title = False

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag == "title":
            self.in_title = True
        elif tag in _SKIP_TAGS:
            self.skip_depth += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in _BLOCK_TAGS:  # <br/>, <hr/>: a self-closed skip tag hides nothing
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif tag in _SKIP_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
        elif not self.skip_depth:
            self.parts.append(data)


def html_to_text(markup: str) -> tuple[str, str]:
    """(title, visible text) of an HTML page; block elements become line breaks."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    title = " ".join("".join(parser.title_parts).split())
    lines = []
    for line in "".join(parser.parts).split("\n"):
        # whitespace inside a block is layout, not content: fold it as a browser would
        line = " ".join(line.split())
        if line:
            lines.append(line)
    return title, "\n".join(lines)


# ---------------------------------------------------------------------------------- JSON lines

_REQUIRED_FIELDS = ("id", "text")
_OPTIONAL_FIELDS = ("title", "date", "url")


@dataclass
class LineMemo:
    """JSON-lines records read before, by a digest of their file's label and their line's bytes.  A rebuild of a
    large corpus file with one record changed decoded and parsed every other record again only to find it
    unchanged (0.3 s of an xwlb-news rebuild): a line whose digest is `known` is yielded as a KnownLine, its id
    still checked against the others' (a duplicate id is an error whatever the line).

    `known`: digest -> (id, characters, note) of the lines of the last read, `note` what its caller recorded for
    the line (a build: the document's cache key, see graph/manifest.py); `seen`: the same for this read's lines,
    the notes of the lines parsed this time given by `note(source, value)` once the caller has them."""

    known: dict[bytes, tuple[str, int, str]] = field(default_factory=dict)
    seen: dict[bytes, tuple[str, int, str]] = field(default_factory=dict)
    _parsed: dict[str, bytes] = field(default_factory=dict)  # source of a Document parsed this time -> its digest

    def note(self, source: str, value: str) -> None:
        digest = self._parsed.pop(source, None)
        if digest is not None:
            doc_id, length, _ = self.seen[digest]
            self.seen[digest] = (doc_id, length, value)


@dataclass(frozen=True)
class KnownLine:
    """A JSON-lines record whose line is byte for byte one read before (LineMemo): its id, source, length and the
    note kept for it are known; the Document is made only when asked for (`document`)."""

    id: str
    source: str
    characters: int
    note: str
    raw: bytes
    lineno: int
    path: str
    label: str

    def document(self) -> Document:
        doc = _parse_record(self.path, self.lineno, self.raw, {}, self.label)
        if not isinstance(doc, Document) or doc.id != self.id or len(doc.text) != self.characters:
            raise ValueError(f"{self.path}: line {self.lineno} no longer reads as it did")  # (a damaged memo)
        return doc


def _line_digest(label: bytes, raw: bytes) -> bytes:
    h = hashlib.blake2b(label, digest_size=16)
    h.update(b"\0")
    h.update(raw)
    return h.digest()


def _read_jsonl(path: Path, max_bytes: int, label: str = "",
                lines: LineMemo | None = None) -> Iterator[Document | KnownLine | BuildError]:
    """One Document per line, streamed; a bad line is reported and the others go on.

    The size limit applies per record here: a large JSON-lines corpus is the normal case, and
    streaming keeps memory bounded by the longest line.  With `lines`, a line read before is a KnownLine.
    """
    source = str(path)
    label = label or path.name
    digest_label = label.encode("utf-8", "surrogatepass")
    ids: dict[str, int] = {}
    any_line = False
    try:
        handle = open(path, "rb")
    except FileNotFoundError:
        yield BuildError(source, "file vanished before it could be read")
        return
    except PermissionError:
        yield BuildError(source, "cannot read: permission denied")
        return
    except OSError as exc:
        yield BuildError(source, f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        lineno = 0
        while True:
            try:
                raw = handle.readline(max_bytes + 1)
            except OSError as exc:
                yield BuildError(source, f"line {lineno + 1}: cannot read: {exc.strerror or exc}")
                return
            if not raw:
                break
            lineno += 1
            if len(raw) > max_bytes:
                yield BuildError(source, f"line {lineno}: record larger than {max_bytes} bytes; rest of file skipped")
                return
            if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            any_line = True
            if lines is None:
                yield _parse_record(source, lineno, raw, ids, label)
                continue
            digest = _line_digest(digest_label, raw)
            known = lines.known.get(digest)
            if known is None:
                item = _parse_record(source, lineno, raw, ids, label)
                if isinstance(item, Document):
                    lines.seen[digest] = (item.id, len(item.text), "")
                    lines._parsed[item.source] = digest
                yield item
                continue
            doc_id, length, note = known
            if doc_id in ids:
                yield _duplicate_id(source, lineno, doc_id, ids)
                continue
            ids[doc_id] = lineno
            lines.seen[digest] = known
            yield KnownLine(doc_id, f"{label}#{doc_id}", length, note, raw, lineno, source, label)
    if not any_line:
        yield BuildError(source, "empty file")


def _duplicate_id(source: str, lineno: int, doc_id: str, ids: dict[str, int]) -> BuildError:
    return BuildError(f"{source}#{doc_id}", f"line {lineno}: duplicate id (first on line {ids[doc_id]})")


def characters(item: Document | KnownLine) -> int:
    """The length of a document's text, read or known (KnownLine)."""
    return item.characters if isinstance(item, KnownLine) else len(item.text)


def _parse_record(source: str, lineno: int, raw: bytes, ids: dict[str, int], label: str = "") -> Document | BuildError:
    where = f"line {lineno}"
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return BuildError(source, f"{where}: not UTF-8 (byte {exc.start})")
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        return BuildError(source, f"{where}: invalid JSON: {getattr(exc, 'msg', exc)}")
    if not isinstance(record, dict):
        return BuildError(source, f"{where}: expected a JSON object, got {type(record).__name__}")
    for name in _REQUIRED_FIELDS:
        if name not in record:
            return BuildError(source, f"{where}: missing field {name!r}")
    values: dict[str, str] = {}
    for name in _REQUIRED_FIELDS + _OPTIONAL_FIELDS:
        value = record.get(name, "")
        if name == "id" and isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if value is None:
            value = ""
        if not isinstance(value, str):
            return BuildError(source, f"{where}: field {name!r} must be a string, got {type(value).__name__}")
        values[name] = value
    doc_id = values["id"].strip()
    if not doc_id:
        return BuildError(source, f"{where}: empty id")
    if not values["text"].strip():
        return BuildError(f"{source}#{doc_id}", f"{where}: empty text")
    if doc_id in ids:
        return _duplicate_id(source, lineno, doc_id, ids)
    ids[doc_id] = lineno
    return Document(
        id=doc_id,
        source=f"{label or source}#{doc_id}",
        text=values["text"],
        title=values["title"],
        date=values["date"],
        url=values["url"],
        encoding="utf-8",
    )
