"""Separator sheets: a station may scan a whole stack of contracts as one PDF, with a separator
sheet between two contracts. Three kinds are recognised (pure functions, no Prefect):

* a **QR sheet**: a QR code whose payload is the configured text (default
  ``CONTRACTS-SEPARATOR``), decoded with zbar (pyzbar);
* a **PATCH-T sheet**: Kodak patch code T (transfer patch), four parallel black bars
  narrow-wide-narrow-wide (``N W N W``): narrow bars and all spaces 2.03 mm (0.08"), wide bars
  5.08 mm (0.20"), 20.3 mm (0.80") across, bars at least 50 mm long. The detector finds long,
  solid, parallel bars with OpenCV (any orientation, a few degrees of skew, any resolution)
  and checks the widths of bars and spaces against that pattern relative to the patch's
  overall width. A sheet fed the other way round reads ``W N W N`` (what a scanner calls
  patch 3); stacks arrive in any rotation here, so both readings count as the T separator;
* a **blank sheet**, only when so configured (a stack may legitimately hold blank backs).

``find_separators(pages)`` gives the 0-based indices of separator pages; ``split_pdf`` writes
one PDF per document (separator pages dropped, empty runs skipped) with pikepdf, byte for byte
reproducible so that a re-split file has the same SHA-256 (and is recognised as a duplicate).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Sequence

import cv2
import numpy as np

DEFAULT_QR_PAYLOAD = "CONTRACTS-SEPARATOR"

# PATCH-T across the bars, in mm: bar, space, bar, space, bar, space, bar
PATCH_T_MM = (2.03, 2.03, 5.08, 2.03, 2.03, 2.03, 5.08)
PATCH_WIDTH_MM = sum(PATCH_T_MM)
_PATCH_T = np.array(PATCH_T_MM) / PATCH_WIDTH_MM
_PATCH_T_REVERSED = _PATCH_T[::-1]
_TOLERANCE = 0.055          # of the patch width (about +-1.1 mm): print, scan and blur slack


@dataclass(frozen=True)
class SeparatorOptions:
    qr_payload: str = DEFAULT_QR_PAYLOAD
    patch_t: bool = True
    blank: bool = False


def _gray(page: np.ndarray) -> np.ndarray:
    if page.ndim == 2:
        return page
    if page.shape[2] == 4:
        return cv2.cvtColor(page, cv2.COLOR_BGRA2GRAY)
    return cv2.cvtColor(page, cv2.COLOR_BGR2GRAY)


def _work_copy(gray: np.ndarray, longest: int = 1400) -> np.ndarray:
    side = max(gray.shape)
    if side <= longest:
        return gray
    f = longest / side
    return cv2.resize(gray, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)


# --- QR -----------------------------------------------------------------------------------
def qr_payloads(page: np.ndarray) -> list[str]:
    """Texts of the QR codes on a page."""
    from pyzbar import pyzbar

    gray = _gray(page)
    found = pyzbar.decode(gray, symbols=[pyzbar.ZBarSymbol.QRCODE])
    if not found:  # a faint or noisy print: try once more on the binarised page
        _, bw = cv2.threshold(cv2.GaussianBlur(gray, (3, 3), 0), 0, 255,
                              cv2.THRESH_BINARY + cv2.THRESH_OTSU)
        found = pyzbar.decode(bw, symbols=[pyzbar.ZBarSymbol.QRCODE])
    return [s.data.decode("utf-8", errors="replace").strip() for s in found]


def is_qr_separator(page: np.ndarray, payload: str = DEFAULT_QR_PAYLOAD) -> bool:
    want = payload.strip().casefold()
    return any(p.casefold() == want for p in qr_payloads(page))


# --- PATCH-T ------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Bar:
    center: np.ndarray   # (x, y)
    axis: np.ndarray     # unit vector along the bar
    angle: float         # of the axis, degrees in [0, 180)
    length: float
    width: float


def _bars(ink: np.ndarray, px_per_mm: float) -> list[_Bar]:
    contours, _ = cv2.findContours(ink, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    bars: list[_Bar] = []
    for c in contours:
        (cx, cy), (w, h), angle = cv2.minAreaRect(c)
        length, width = max(w, h), min(w, h)
        if width < 1 or length < 30 * px_per_mm:          # bars are >= 50 mm long
            continue
        if not (1.0 * px_per_mm <= width <= 7.5 * px_per_mm) or length < 6 * width:
            continue
        if cv2.contourArea(c) < 0.8 * w * h:               # solid, not a frame or a text line
            continue
        a = angle if w >= h else angle + 90.0
        a %= 180.0
        rad = np.deg2rad(a)
        bars.append(_Bar(np.array([cx, cy]), np.array([np.cos(rad), np.sin(rad)]), a,
                         length, width))
    return bars


def _angle_diff(a: float, b: float) -> float:
    d = abs(a - b) % 180.0
    return min(d, 180.0 - d)


def _matches_patch_t(group: list[_Bar]) -> bool:
    """Four parallel bars (sorted across) whose bars and spaces follow N W N W (either way)."""
    normal = np.array([-group[0].axis[1], group[0].axis[0]])
    spans = []
    for b in group:
        d = float(np.dot(b.center, normal))
        spans.append((d - b.width / 2, d + b.width / 2))
    total = spans[-1][1] - spans[0][0]
    if total <= 0:
        return False
    parts = []
    for i, (lo, hi) in enumerate(spans):
        parts.append(hi - lo)
        if i + 1 < len(spans):
            parts.append(spans[i + 1][0] - hi)
    measured = np.array(parts) / total
    if (measured[1::2] <= 0).any():      # bars overlap: not four separate bars
        return False
    return bool(np.abs(measured - _PATCH_T).max() <= _TOLERANCE
                or np.abs(measured - _PATCH_T_REVERSED).max() <= _TOLERANCE)


def _overlap_along(a: _Bar, b: _Bar) -> float:
    """How much of the shorter bar lies beside the other one, along the bars (0..1)."""
    pa = float(np.dot(a.center, a.axis))
    pb = float(np.dot(b.center, a.axis))
    lo = max(pa - a.length / 2, pb - b.length / 2)
    hi = min(pa + a.length / 2, pb + b.length / 2)
    return max(0.0, hi - lo) / min(a.length, b.length)


def is_patch_t(page: np.ndarray, *, page_mm: float = 297.0) -> bool:
    """True when the page carries a PATCH-T (see the module docstring).

    ``page_mm``: the page's longest side in mm (A4 by default; the check is lenient enough for
    Letter and Legal), used only to bound bar lengths and widths in pixels."""
    gray = _work_copy(_gray(page))
    px_per_mm = max(gray.shape) / page_mm
    blur = cv2.GaussianBlur(gray, (3, 3), 0)
    _, ink = cv2.threshold(blur, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    ink = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((3, 3), np.uint8))
    bars = _bars(ink, px_per_mm)
    if len(bars) < 4:
        return False
    bars.sort(key=lambda b: b.angle)
    for i, first in enumerate(bars):
        normal = np.array([-first.axis[1], first.axis[0]])
        near = [b for b in bars if _angle_diff(b.angle, first.angle) <= 4.0
                and _overlap_along(first, b) >= 0.5
                and abs(float(np.dot(b.center - first.center, normal))) <= 30 * px_per_mm]
        if len(near) < 4:
            continue
        near.sort(key=lambda b: float(np.dot(b.center, normal)))
        for k in range(len(near) - 3):
            group = near[k:k + 4]
            width_mm = (float(np.dot(group[-1].center - group[0].center, normal))
                        + (group[0].width + group[-1].width) / 2) / px_per_mm
            if 12.0 <= width_mm <= 30.0 and _matches_patch_t(group):
                return True
    return False


# --- blank --------------------------------------------------------------------------------
def is_blank_sheet(page: np.ndarray) -> bool:
    from extractors.cleanup import is_blank

    return is_blank(_gray(page))


# --- the stack ----------------------------------------------------------------------------
def separator_kind(page: np.ndarray, options: SeparatorOptions = SeparatorOptions()) -> str | None:
    """``"qr"``, ``"patch_t"``, ``"blank"`` or None for a regular page."""
    if options.patch_t and is_patch_t(page):
        return "patch_t"
    if options.qr_payload and is_qr_separator(page, options.qr_payload):
        return "qr"
    if options.blank and is_blank_sheet(page):
        return "blank"
    return None


def find_separators(pages: Iterable[np.ndarray],
                    options: SeparatorOptions = SeparatorOptions()) -> list[int]:
    """0-based indices of the separator pages among ``pages`` (images, gray or BGR)."""
    return [i for i, page in enumerate(pages) if separator_kind(page, options) is not None]


def pdf_page_count(path: Path) -> int:
    import pikepdf

    with pikepdf.open(path) as pdf:
        return len(pdf.pages)


def render_pdf_pages(path: Path, dpi: int = 100) -> Iterator[np.ndarray]:
    """Gray page images of a PDF, one at a time (a long stack is never held in memory)."""
    from pdf2image import convert_from_path

    for n in range(1, pdf_page_count(path) + 1):
        img = convert_from_path(str(path), dpi=dpi, first_page=n, last_page=n, grayscale=True)[0]
        yield np.asarray(img)


def document_ranges(page_count: int, separator_pages: Sequence[int]) -> list[range]:
    """Page ranges (0-based) of the documents between separators; empty runs are skipped."""
    seps = sorted(set(separator_pages))
    out, start = [], 0
    for s in seps + [page_count]:
        if s > start:
            out.append(range(start, s))
        start = s + 1
    return out


def split_pdf(path: Path, separator_pages: Sequence[int], out_dir: Path | None = None
              ) -> list[Path]:
    """One PDF per document between separators (separator pages dropped): ``<stem>-doc01.pdf``
    … in ``out_dir`` (default: beside ``path``). Without separators: ``[path]``."""
    import pikepdf

    path = Path(path)
    if not separator_pages:
        return [path]
    out_dir = Path(out_dir or path.parent)
    out_dir.mkdir(parents=True, exist_ok=True)
    outputs: list[Path] = []
    with pikepdf.open(path) as src:
        ranges = document_ranges(len(src.pages), separator_pages)
        for n, pages in enumerate(ranges, start=1):
            dst = pikepdf.new()
            for i in pages:
                dst.pages.append(src.pages[i])
            target = out_dir / f"{path.stem}-doc{n:02d}.pdf"
            dst.save(target, deterministic_id=True, compress_streams=True)
            dst.close()
            outputs.append(target)
    return outputs


# --- printing separator sheets for the stations --------------------------------------------
def render_separator_sheet(kind: str, *, dpi: int = 200, payload: str = DEFAULT_QR_PAYLOAD):
    """An A4 separator sheet (PIL image) to print: ``"qr"`` or ``"patch_t"``."""
    from PIL import Image, ImageDraw

    mm = dpi / 25.4
    w, h = round(210 * mm), round(297 * mm)
    img = Image.new("L", (w, h), 255)
    draw = ImageDraw.Draw(img)
    if kind == "qr":
        import qrcode

        qr = qrcode.QRCode(border=4, box_size=max(2, round(2.0 * mm)))
        qr.add_data(payload)
        qr.make(fit=True)
        code = qr.make_image(fill_color="black", back_color="white").get_image().convert("L")
        img.paste(code, ((w - code.width) // 2, (h - code.height) // 3))
    elif kind == "patch_t":
        x = 30 * mm
        top, bottom = 40 * mm, h - 40 * mm
        for i, part in enumerate(PATCH_T_MM):
            if i % 2 == 0:
                draw.rectangle([round(x), round(top), round(x + part * mm) - 1, round(bottom)],
                               fill=0)
            x += part * mm
    else:
        raise ValueError(f"unknown separator sheet kind {kind!r} (qr, patch_t)")
    draw.text((w // 2 - 60, h - 25 * mm), "SEPARATOR", fill=0)
    return img
