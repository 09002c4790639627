"""Page loading: PDF (pdf2image over poppler, one page at a time), multi-page TIFF, JPEG and
PNG. The file's real type is read from its bytes, not its extension. Every failure is a
permanent error with its kind (empty, unsupported, corrupt, encrypted, too large).

Memory stays bounded whatever the input claims: sizes are read from headers only (PDF page
boxes and image XObject sizes through pikepdf, image and TIFF frame sizes through Pillow's lazy
open) and a file is refused before anything is decoded when a page would exceed
``max_pixels`` or the file has more than ``max_pages`` pages. Raster pages scanned well above
the OCR resolution (per their DPI metadata) are brought down to ``ocr_dpi`` as they load
(JPEG decodes directly at a reduced scale)."""

from __future__ import annotations

import hashlib
import re
import warnings
from dataclasses import dataclass
from pathlib import Path

import cv2
import filetype
import numpy as np
import pikepdf
from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError
from pdf2image import convert_from_path
from pdf2image.exceptions import (
    PDFInfoNotInstalledError,
    PDFPageCountError,
    PDFPopplerTimeoutError,
    PDFSyntaxError,
)

from contracts_core.errors import (
    CorruptFileError,
    EmptyFileError,
    EncryptedPdfError,
    NoReadablePageError,
    TooLargeError,
    UnsupportedFormatError,
)
from contracts_core.settings import Settings

SUPPORTED = {"pdf": "application/pdf", "tiff": "image/tiff", "jpeg": "image/jpeg",
             "png": "image/png"}
_STAGE = "load"


@dataclass(frozen=True)
class DocumentInfo:
    kind: str  # pdf | tiff | jpeg | png
    content_type: str
    page_count: int
    size: int
    sha256: str


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def sniff_kind(path: Path) -> str:
    """The file's type from its magic bytes (an extension that lies does not matter)."""
    with open(path, "rb") as f:
        head = f.read(8192)
    if not head:
        raise EmptyFileError(f"{path.name} is empty (0 bytes)", stage=_STAGE)
    if head.lstrip(b"\r\n\t \x00")[:5] == b"%PDF-" or b"%PDF-" in head[:1024]:
        return "pdf"
    guess = filetype.guess(head)
    mime = guess.mime if guess else None
    for kind, m in SUPPORTED.items():
        if mime == m:
            return kind
    what = mime or "unknown binary or text data"
    raise UnsupportedFormatError(
        f"{path.name} is {what}; supported are PDF, TIFF, JPEG and PNG", stage=_STAGE)


def _pdf_page_count(path: Path, settings: Settings) -> int:
    """The page count, after checking from the PDF's structure alone (nothing rendered) that
    no page is too large to render and no embedded image too large to decode."""
    try:
        with pikepdf.open(path) as pdf:
            n = len(pdf.pages)
            if n > settings.max_pages:
                raise TooLargeError(f"{path.name} has {n} pages, over the limit of "
                                    f"{settings.max_pages}", stage=_STAGE)
            for i, page in enumerate(pdf.pages):
                _check_pdf_page(path, page, i, settings)
    except pikepdf.PasswordError as exc:
        raise EncryptedPdfError(f"{path.name} is an encrypted PDF (password required)",
                                stage=_STAGE) from exc
    except (pikepdf.PdfError, pikepdf.ForeignObjectError) as exc:
        raise CorruptFileError(f"{path.name} is not a readable PDF: {_short(exc, path)}",
                               stage=_STAGE) from exc
    except (KeyError, TypeError, ValueError, AttributeError) as exc:  # malformed dictionaries
        raise CorruptFileError(f"{path.name} has a malformed page: {exc}", stage=_STAGE) from exc
    if n == 0:
        raise NoReadablePageError(f"{path.name} has no pages", stage=_STAGE)
    return n


def _check_pdf_page(path: Path, page: pikepdf.Page, i: int, settings: Settings) -> None:
    box = [float(v) for v in page.mediabox]
    unit = float(page.obj.get("/UserUnit", 1) or 1)
    w_in = abs(box[2] - box[0]) / 72.0 * unit
    h_in = abs(box[3] - box[1]) / 72.0 * unit
    if w_in * h_in * settings.ocr_dpi**2 > settings.max_pixels:
        raise TooLargeError(
            f"{path.name} page {i + 1} is {w_in:.0f}×{h_in:.0f} inches, too large "
            f"to render at {settings.ocr_dpi} dpi", stage=_STAGE)
    resources = page.obj.get("/Resources")
    xobjects = resources.get("/XObject") if resources is not None else None
    if xobjects is None:
        return
    for _, xobj in xobjects.items():
        if not isinstance(xobj, pikepdf.Stream) or xobj.get("/Subtype") != "/Image":
            continue
        px = int(xobj.get("/Width", 0)) * int(xobj.get("/Height", 0))
        if px > settings.max_pixels:
            raise TooLargeError(
                f"{path.name} page {i + 1} holds an image of {px / 1e6:.0f} megapixels, over "
                f"the limit of {settings.max_pixels / 1e6:.0f} (a decompression bomb or a scan "
                f"at far too high a resolution)", stage=_STAGE)


def _short(exc: Exception, path: Path) -> str:
    """An error message without the full local path of the file."""
    return str(exc).replace(str(path) + ": ", "").replace(str(path), path.name)


_BOMB_SIZE = re.compile(r"\((\d+) pixels\)")


def _too_many_pixels(path: Path, pixels: int | None, settings: Settings,
                     dpi: float | None = None) -> TooLargeError:
    size = f"{pixels / 1e6:,.0f} megapixels" if pixels else "too many pixels"
    at = f" at {dpi:.0f} dpi" if dpi else ""
    return TooLargeError(
        f"{path.name} would decode to {size}{at}, over the limit of "
        f"{settings.max_pixels / 1e6:.0f} megapixels (a decompression bomb or a scan at far "
        f"too high a resolution; rescan at {settings.ocr_dpi} dpi)", stage=_STAGE)


def _image_dpi(img: Image.Image) -> float | None:
    dpi = img.info.get("dpi")
    try:
        value = float(dpi[0]) if dpi else None
    except (TypeError, ValueError, IndexError):
        return None
    return value if value and 50 <= value <= 100_000 else None


def _open_image(path: Path, settings: Settings) -> Image.Image:
    """Open lazily (header only) and refuse an image larger than ``max_pixels``."""
    Image.MAX_IMAGE_PIXELS = settings.max_pixels
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(path)
            w, h = img.size
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        m = _BOMB_SIZE.search(str(exc))
        raise _too_many_pixels(path, int(m.group(1)) if m else None, settings) from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise CorruptFileError(f"{path.name} is not a readable image: {_short(exc, path)}",
                               stage=_STAGE) from exc
    if w * h > settings.max_pixels:
        dpi = _image_dpi(img)
        img.close()
        raise _too_many_pixels(path, w * h, settings, dpi)
    return img


def _tiff_frames(path: Path, img: Image.Image, settings: Settings) -> int:
    """Count the frames of a TIFF, refusing too many or any frame too large (headers only)."""
    n = 0
    try:
        for frame in ImageSequence.Iterator(img):
            n += 1
            if n > settings.max_pages:
                raise TooLargeError(f"{path.name} has more than {settings.max_pages} pages, "
                                    f"over the limit", stage=_STAGE)
            w, h = frame.size
            if w * h > settings.max_pixels:
                raise _too_many_pixels(path, w * h, settings, _image_dpi(frame))
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise CorruptFileError(f"{path.name} has an unreadable page {n + 1}: "
                               f"{_short(exc, path)}", stage=_STAGE) from exc
    return n


def open_document(path: Path, settings: Settings) -> DocumentInfo:
    """Check a file before any page is processed; raise a permanent error when it is unusable."""
    path = Path(path)
    size = path.stat().st_size
    if size == 0:
        raise EmptyFileError(f"{path.name} is empty (0 bytes)", stage=_STAGE)
    if size > settings.max_file_mb * 1024 * 1024:
        raise TooLargeError(f"{path.name} is {size / 2**20:.0f} MB, over the limit of "
                            f"{settings.max_file_mb} MB", stage=_STAGE)
    kind = sniff_kind(path)
    if kind == "pdf":
        n = _pdf_page_count(path, settings)
    else:
        img = _open_image(path, settings)
        try:
            n = _tiff_frames(path, img, settings) if kind == "tiff" else 1
        finally:
            img.close()
    if n > settings.max_pages:
        raise TooLargeError(f"{path.name} has {n} pages, over the limit of {settings.max_pages}",
                            stage=_STAGE)
    return DocumentInfo(kind=kind, content_type=SUPPORTED[kind], page_count=n, size=size,
                        sha256=sha256_file(path))


def _to_bgr(img: Image.Image) -> np.ndarray:
    if img.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        arr = np.asarray(img, dtype=np.float32)
        arr = cv2.normalize(arr, None, 0, 255, cv2.NORM_MINMAX).astype(np.uint8)
        return cv2.cvtColor(arr, cv2.COLOR_GRAY2BGR)
    if img.mode not in ("RGB", "L"):
        if "A" in img.getbands() or img.mode == "P":
            img = img.convert("RGBA")
            background = Image.new("RGBA", img.size, (255, 255, 255, 255))
            img = Image.alpha_composite(background, img)
        img = img.convert("RGB")
    arr = np.asarray(img)
    if arr.ndim == 2:
        return cv2.cvtColor(arr, cv2.COLOR_GRAY2BGR)
    return cv2.cvtColor(arr, cv2.COLOR_RGB2BGR)


def _fit_dpi(img: Image.Image, settings: Settings) -> Image.Image:
    """A raster page scanned well above the OCR resolution, brought down to ``ocr_dpi`` (its
    DPI metadata tells by how much). JPEG decodes at 1/2, 1/4 or 1/8 scale directly."""
    dpi = _image_dpi(img)
    if not dpi or dpi < settings.ocr_dpi * 1.5:
        return img
    scale = settings.ocr_dpi / dpi
    size = (max(1, round(img.width * scale)), max(1, round(img.height * scale)))
    if img.format == "JPEG":
        img.draft(img.mode, size)
    img.load()
    if img.size != size:
        img = img.resize(size, Image.Resampling.LANCZOS, reducing_gap=2.0)
    return img


def pdf_render_dpi(path: Path, index: int, settings: Settings) -> int:
    """The resolution to render a PDF page at: a scanned page at the resolution of its scan
    (rendering a 200-dpi scan at 300 dpi only makes OCR slower, it adds nothing to read),
    capped at ``ocr_dpi``; a page without images (born digital) at ``ocr_dpi``."""
    try:
        with pikepdf.open(path) as pdf:
            page = pdf.pages[index]
            box = [float(v) for v in page.mediabox]
            w_in = abs(box[2] - box[0]) / 72.0 or 1.0
            h_in = abs(box[3] - box[1]) / 72.0 or 1.0
            best = 0.0
            for xobj in page.get_images().values():
                w, h = int(xobj.get("/Width", 0)), int(xobj.get("/Height", 0))
                best = max(best, max(w, h) / max(w_in, h_in))
    except (pikepdf.PdfError, KeyError, TypeError, ValueError, IndexError):
        return settings.ocr_dpi
    if best <= 0:
        return settings.ocr_dpi
    return int(min(settings.ocr_dpi, max(150, round(best))))


def image_page_dpi(image: np.ndarray) -> int:
    """A raster page's resolution estimated from its size as an A4/Letter page (the DPI
    metadata of scans is often missing or wrong); clamped to a sane range."""
    long_side = max(image.shape[:2])
    return int(min(600, max(100, round(long_side / 11.5))))


def load_page(path: Path, info: DocumentInfo, index: int, settings: Settings) -> np.ndarray:
    """Page ``index`` (0-based) as a BGR uint8 image; only that page is held in memory."""
    return load_page_with_dpi(path, info, index, settings)[0]


def load_page_with_dpi(path: Path, info: DocumentInfo, index: int,
                       settings: Settings) -> tuple[np.ndarray, int]:
    """Page ``index`` (0-based) as a BGR uint8 image and its resolution in dpi."""
    path = Path(path)
    try:
        if info.kind == "pdf":
            dpi = pdf_render_dpi(path, index, settings)
            pages = convert_from_path(
                str(path), dpi=dpi, first_page=index + 1, last_page=index + 1,
                fmt="ppm", thread_count=1, timeout=settings.ocr_timeout_s,
            )
            if not pages:
                raise CorruptFileError(f"{path.name} page {index + 1} could not be rendered",
                                       stage=_STAGE)
            return _to_bgr(pages[0]), dpi
        img = _open_image(path, settings)
        with img:
            if info.kind == "tiff":
                for i, frame in enumerate(ImageSequence.Iterator(img)):
                    if i == index:
                        w, h = frame.size
                        if w * h > settings.max_pixels:
                            raise _too_many_pixels(path, w * h, settings, _image_dpi(frame))
                        bgr = _to_bgr(_fit_dpi(frame.copy(), settings))
                        return bgr, image_page_dpi(bgr)
                raise CorruptFileError(f"{path.name} has no page {index + 1}", stage=_STAGE)
            page = _fit_dpi(img, settings)
            page.load()
            bgr = _to_bgr(ImageOps.exif_transpose(page))
            return bgr, image_page_dpi(bgr)
    except (PDFPageCountError, PDFSyntaxError) as exc:
        raise CorruptFileError(f"{path.name} page {index + 1}: {_short(exc, path)}",
                               stage=_STAGE) from exc
    except PDFPopplerTimeoutError as exc:
        raise TooLargeError(f"{path.name} page {index + 1} took longer than "
                            f"{settings.ocr_timeout_s} s to render", stage=_STAGE) from exc
    except PDFInfoNotInstalledError as exc:  # pragma: no cover - setup error
        raise RuntimeError("poppler-utils is not installed (make setup installs it)") from exc
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise CorruptFileError(f"{path.name} page {index + 1} is unreadable: "
                               f"{_short(exc, path)}", stage=_STAGE) from exc
