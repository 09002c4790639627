"""Searchable PDF: the page scans with an invisible OCR text layer at the word boxes.

Like OCRmyPDF / Tesseract's own PDF renderer, the text is set in Tesseract's "glyphless" font
(a CID font whose every code is an invisible glyph, with an identity ``ToUnicode`` map), so
any Unicode text - Chinese included - is extractable with ``pdftotext`` and selectable in a
viewer, without shipping a CJK font. The text layer comes from the OCR already done
(:class:`extractors.ocr.PageOCR`); no page is read twice.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np
from PIL import Image
import pikepdf
from pikepdf import Array, Dictionary, Name

from contracts_core.errors import OcrEngineError
from extractors.ocr import PageOCR

_TESSDATA_DIRS = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
    "/opt/homebrew/share/tessdata",
)

_TO_UNICODE = b"""/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
1 beginbfrange
<0000> <FFFF> <0000>
endbfrange
endcmap
CMapName currentdict /CIDResource defineresource pop
end
end
"""


@lru_cache(maxsize=1)
def glyphless_font_program() -> bytes:
    """Tesseract's glyphless TrueType font (``pdf.ttf`` in its tessdata folder)."""
    dirs = [os.environ.get("TESSDATA_PREFIX", "")] + list(_TESSDATA_DIRS)
    for d in dirs:
        for candidate in (Path(d) / "pdf.ttf", Path(d) / "tessdata" / "pdf.ttf"):
            if d and candidate.is_file():
                return candidate.read_bytes()
    raise OcrEngineError("Tesseract's pdf.ttf (glyphless font) not found in tessdata",
                         stage="searchable_pdf")


def _font(pdf: pikepdf.Pdf) -> pikepdf.Object:
    font_file = pikepdf.Stream(pdf, glyphless_font_program())
    descriptor = pdf.make_indirect(Dictionary(
        Type=Name.FontDescriptor, FontName=Name.GlyphLessFont, Flags=5,
        FontBBox=Array([0, 0, 500, 1000]), ItalicAngle=0, Ascent=1000, CapHeight=1000,
        Descent=-1, StemV=80, FontFile2=font_file,
    ))
    cid_to_gid = pikepdf.Stream(pdf, b"\x00\x01" * 65536)  # every code -> the one glyph
    cid_font = pdf.make_indirect(Dictionary(
        Type=Name.Font, Subtype=Name.CIDFontType2, BaseFont=Name.GlyphLessFont,
        CIDSystemInfo=Dictionary(Registry=pikepdf.String("Adobe"),
                                 Ordering=pikepdf.String("Identity"), Supplement=0),
        FontDescriptor=descriptor, DW=500, CIDToGIDMap=cid_to_gid,
    ))
    return pdf.make_indirect(Dictionary(
        Type=Name.Font, Subtype=Name.Type0, BaseFont=Name.GlyphLessFont,
        Encoding=Name("/Identity-H"), DescendantFonts=Array([cid_font]),
        ToUnicode=pikepdf.Stream(pdf, _TO_UNICODE),
    ))


def _utf16_hex(text: str) -> str:
    # the identity ToUnicode map covers the Basic Multilingual Plane
    return "".join(f"{ord(c):04X}" for c in text if ord(c) <= 0xFFFF)


def _text_layer(ocr: PageOCR, height_px: int, scale: float) -> bytes:
    """Content stream of invisible text (render mode 3), one run per word at its box."""
    by_line: dict[int, list] = {}
    for w in ocr.words:
        by_line.setdefault(w.line, []).append(w)
    ops = ["BT", "3 Tr"]
    for words in by_line.values():
        # one font size and baseline per line: per-character boxes of Han script vary in height
        bottom = max(w.bbox.top + w.bbox.height for w in words)
        size_px = max(w.bbox.height for w in words)
        size = max(1.0, size_px * scale)
        baseline = (height_px - bottom) * scale + 0.1 * size
        words = sorted(words, key=lambda w: w.bbox.left)
        for i, w in enumerate(words):
            last = i == len(words) - 1
            # as Tesseract's renderer does: a word (with its space, for Latin script) runs up
            # to where the next word starts, so viewers and pdftotext see one line of text
            text = w.text + (" " if not last and w.text[-1:].isascii() else "")
            code = _utf16_hex(text)
            if not code:
                continue
            width_px = w.bbox.width
            if not last and words[i + 1].bbox.left > w.bbox.left:
                width_px = words[i + 1].bbox.left - w.bbox.left
            n = len(code) // 4
            stretch = 100.0 * (width_px * scale) / max(1e-6, n * 0.5 * size)
            x = w.bbox.left * scale
            ops.append(f"/F1 {size:.2f} Tf {stretch:.2f} Tz 1 0 0 1 {x:.2f} {baseline:.2f} Tm "
                       f"<{code}> Tj")
    ops.append("ET")
    return ("\n".join(ops) + "\n").encode("ascii")


def build_searchable_pdf(
    pages: list[tuple[np.ndarray | Path, PageOCR]], dest: Path, *,
    dpi: int | list[int] = 200, jpeg_quality: int = 75,
) -> Path:
    """Write a PDF with one page per (scan image, OCR) pair: the image (JPEG) under an
    invisible text layer placed at the word boxes. Word boxes must be in the image's pixel
    coordinates (the ``upright`` image of :func:`extractors.cleanup.clean_page` has the same
    geometry as the image that was read). An image given as the path of a JPEG file is
    embedded as it is (no second compression). ``dpi`` is one resolution for all pages or
    one per page. Returns ``dest``."""
    dest = Path(dest)
    pdf = pikepdf.new()
    font = _font(pdf)
    dpis = dpi if isinstance(dpi, list) else [dpi] * len(pages)
    for (image, ocr), page_dpi in zip(pages, dpis, strict=True):
        scale = 72.0 / page_dpi
        if isinstance(image, Path):
            with Image.open(image) as probe:
                w, h = probe.size
                grey = probe.mode == "L"
            _append_page(pdf, font, image.read_bytes(), w, h, grey, ocr, scale)
            continue
        if image.ndim == 2:
            colour_space = Name.DeviceGray
            ok, jpg = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, jpeg_quality])
        else:
            colour_space = Name.DeviceRGB
            ok, jpg = cv2.imencode(".jpg", image[:, :, :3], [cv2.IMWRITE_JPEG_QUALITY, jpeg_quality])
        if not ok:
            raise ValueError("could not encode the page image as JPEG")
        h, w = image.shape[:2]
        _append_page(pdf, font, jpg.tobytes(), w, h, colour_space == Name.DeviceGray, ocr, scale)
    dest.parent.mkdir(parents=True, exist_ok=True)
    pdf.save(dest, compress_streams=True)
    return dest


def _append_page(pdf: pikepdf.Pdf, font: pikepdf.Object, jpeg: bytes, w: int, h: int,
                 grey: bool, ocr: PageOCR, scale: float) -> None:
    img = pikepdf.Stream(pdf, jpeg)
    img.Type, img.Subtype = Name.XObject, Name.Image
    img.Width, img.Height, img.BitsPerComponent = w, h, 8
    img.ColorSpace = Name.DeviceGray if grey else Name.DeviceRGB
    img.Filter = Name.DCTDecode
    wpt, hpt = w * scale, h * scale
    content = f"q {wpt:.3f} 0 0 {hpt:.3f} 0 0 cm /Im0 Do Q\n".encode("ascii")
    content += _text_layer(ocr, h, scale)
    page = pikepdf.Page(Dictionary(
        Type=Name.Page, MediaBox=Array([0, 0, round(wpt, 3), round(hpt, 3)]),
        Resources=Dictionary(XObject=Dictionary(Im0=img), Font=Dictionary(F1=font)),
        Contents=pikepdf.Stream(pdf, content),
    ))
    pdf.pages.append(page)
