"""Page loading: PDF (pdf2image over poppler, one page at a time), multi-page TIFF, JPEG and
PNG. The file's real type is read from its bytes, not its extension. Every failure is a
permanent error with its kind (empty, unsupported, corrupt, encrypted, too large)."""

from __future__ import annotations

import hashlib
import warnings
from dataclasses import dataclass
from pathlib import Path

import cv2
import filetype
import numpy as np
import pikepdf
from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError
from pdf2image import convert_from_path
from pdf2image.exceptions import PDFInfoNotInstalledError, PDFPageCountError, PDFSyntaxError

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
    try:
        with pikepdf.open(path) as pdf:
            n = len(pdf.pages)
            for i, page in enumerate(pdf.pages[: min(n, 50)]):
                box = [float(v) for v in page.mediabox]
                w_in, h_in = abs(box[2] - box[0]) / 72.0, abs(box[3] - box[1]) / 72.0
                if w_in * h_in * settings.ocr_dpi**2 > settings.max_pixels:
                    raise TooLargeError(
                        f"{path.name} page {i + 1} is {w_in:.0f}×{h_in:.0f} inches, too large "
                        f"to render at {settings.ocr_dpi} dpi", stage=_STAGE)
    except pikepdf.PasswordError as exc:
        raise EncryptedPdfError(f"{path.name} is an encrypted PDF (password required)",
                                stage=_STAGE) from exc
    except pikepdf.PdfError as exc:
        raise CorruptFileError(f"{path.name} is not a readable PDF: {exc}", stage=_STAGE) from exc
    if n == 0:
        raise NoReadablePageError(f"{path.name} has no pages", stage=_STAGE)
    return n


def _open_image(path: Path, settings: Settings) -> Image.Image:
    Image.MAX_IMAGE_PIXELS = settings.max_pixels
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(path)
            w, h = img.size
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise TooLargeError(f"{path.name} would decompress to too many pixels: {exc}",
                            stage=_STAGE) from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise CorruptFileError(f"{path.name} is not a readable image: {exc}", stage=_STAGE) from exc
    if w * h > settings.max_pixels:
        raise TooLargeError(f"{path.name} is {w}×{h} pixels, over the limit of "
                            f"{settings.max_pixels}", stage=_STAGE)
    return img


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
            n = getattr(img, "n_frames", 1) if kind == "tiff" else 1
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


def load_page(path: Path, info: DocumentInfo, index: int, settings: Settings) -> np.ndarray:
    """Page ``index`` (0-based) as a BGR uint8 image; only that page is held in memory."""
    path = Path(path)
    try:
        if info.kind == "pdf":
            pages = convert_from_path(
                str(path), dpi=settings.ocr_dpi, first_page=index + 1, last_page=index + 1,
                fmt="ppm", thread_count=1, timeout=settings.ocr_timeout_s,
            )
            if not pages:
                raise CorruptFileError(f"{path.name} page {index + 1} could not be rendered",
                                       stage=_STAGE)
            return _to_bgr(pages[0])
        img = _open_image(path, settings)
        with img:
            if info.kind == "tiff":
                for i, frame in enumerate(ImageSequence.Iterator(img)):
                    if i == index:
                        return _to_bgr(frame.copy())
                raise CorruptFileError(f"{path.name} has no page {index + 1}", stage=_STAGE)
            img.load()
            return _to_bgr(ImageOps.exif_transpose(img))
    except (PDFPageCountError, PDFSyntaxError) as exc:
        raise CorruptFileError(f"{path.name} page {index + 1}: {exc}", stage=_STAGE) from exc
    except PDFInfoNotInstalledError as exc:  # pragma: no cover - setup error
        raise RuntimeError("poppler-utils is not installed (make setup installs it)") from exc
    except (OSError, SyntaxError, ValueError) as exc:
        raise CorruptFileError(f"{path.name} page {index + 1} is unreadable: {exc}",
                               stage=_STAGE) from exc
