"""Inputs (issue 13): a .txt's first line as its title, .docx and .pdf read, other office formats
reported as skipped with the reason, never ignored silently."""
from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import rdflib

from graph.read import iter_documents, text_title
from graph.records import BuildError, Document

from conftest import ROOT

BODY = "中共浙江省绍兴市上虞区委员会组织部召开会议。曹娥街道兴业社区党委书记王建国介绍了经验。"
TITLE = "上虞区曹娥街道织密基层党建网"


@pytest.mark.parametrize("text, title", [
    (f"{TITLE}\n{BODY}", TITLE),
    (f"\n\n  {TITLE}  \n{BODY}", TITLE),  # leading blank lines and spaces
    (f"{BODY}\n{TITLE}", ""),  # the first line is a sentence (final 。)
    ("深度关注\n" + BODY, ""),  # a section label, too short to be a title
    ("穿针连线,织密基层党建网——贵州在主题教育中\n" + BODY, "穿针连线,织密基层党建网——贵州在主题教育中"),
    ("这是一个很长的句子" * 8 + "\n" + BODY, ""),  # longer than 60 characters
    ("", ""),
])
def test_text_title(text: str, title: str) -> None:
    assert text_title(text) == title


def _docx(paragraphs: list[str], title: str = "") -> bytes:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{p}</w:t></w:r></w:p>' for p in paragraphs)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{w}"><w:body>{body}</w:body></w:document>')
        if title:
            z.writestr("docProps/core.xml", '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties '
                       'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                       f'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{title}</dc:title></cp:coreProperties>')
    return buf.getvalue()


def _pdf(text: str) -> bytes:
    """A one-page PDF whose text layer is `text` (Chinese through a ToUnicode map, as real ones do)."""
    chars = sorted(set(text))
    codes = {c: 0x21 + i for i, c in enumerate(chars)}
    assert len(chars) < 200
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def "
            "1 begincodespacerange <00> <FF> endcodespacerange "
            f"{len(chars)} beginbfchar " + " ".join(f"<{codes[c]:02X}> <{ord(c):04X}>" for c in chars) +
            " endbfchar endcmap CMapName currentdict /CMap defineresource pop end end")
    content = "BT /F1 12 Tf 72 720 Td <" + "".join(f"{codes[c]:02X}" for c in text) + "> Tj ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content.encode())} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
        f"<< /Length {len(cmap.encode())} >>\nstream\n{cmap}\nendstream",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for n, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n{obj}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def _read(folder: Path) -> tuple[list[Document], list[BuildError]]:
    items = list(iter_documents([folder]))
    return [d for d in items if isinstance(d, Document)], [e for e in items if isinstance(e, BuildError)]


def test_docx_and_pdf_are_read(tmp_path: Path) -> None:
    (tmp_path / "a.docx").write_bytes(_docx([TITLE, BODY]))
    (tmp_path / "b.docx").write_bytes(_docx([BODY], title="属性里的标题"))
    (tmp_path / "c.pdf").write_bytes(_pdf(BODY))
    docs, errors = _read(tmp_path)
    assert errors == []
    by_id = {d.id: d for d in docs}
    assert by_id["a"].text == f"{TITLE}\n{BODY}" and by_id["a"].title == TITLE
    assert by_id["b"].title == "属性里的标题"
    assert by_id["c"].text.replace(" ", "") == BODY


def test_unreadable_office_files_are_reported_with_the_reason(tmp_path: Path) -> None:
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    (tmp_path / "broken.docx").write_bytes(b"not a zip")
    (tmp_path / "scan.pdf").write_bytes(_pdf(" "))
    (tmp_path / "ok.txt").write_text(BODY, encoding="utf-8")
    docs, errors = _read(tmp_path)
    assert [d.id for d in docs] == ["ok"]
    reasons = {Path(e.source).name: e.message for e in errors}
    assert "save it as .docx" in reasons["old.doc"]
    assert "not a readable .docx" in reasons["broken.docx"]
    assert "no text layer" in reasons["scan.pdf"]
    assert all(m.startswith("skipped: ") for m in reasons.values())


def test_cli_builds_docx_pdf_and_txt_with_titles(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "one.txt").write_text(f"{TITLE}\n{BODY}", encoding="utf-8")
    (src / "two.docx").write_bytes(_docx([BODY]))
    (src / "three.pdf").write_bytes(_pdf(BODY))
    (src / "four.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    result = subprocess.run([sys.executable, "-m", "graph.cli", "build", str(src), "-o", str(tmp_path / "out"),
                             "--no-progress"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 2, result.stderr  # three documents built, one file reported
    assert result.stdout.startswith("3 documents")
    assert "four.doc: skipped: legacy Word (.doc)" in result.stderr
    g = rdflib.Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")
    titles = {str(o) for o in g.objects(None, rdflib.RDFS.label) if getattr(o, "language", None) == "zh"}
    assert TITLE in titles
