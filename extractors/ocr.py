"""OCR of one cleaned page with Tesseract: words with boxes and confidences, normalised text."""

from __future__ import annotations

import logging
import os
import shlex
import threading
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import pytesseract
import tesserocr
from PIL import Image

from contracts_core.errors import OcrEngineError
from contracts_core.record import BBox, Word
from extractors.text import normalize_text

# Tesseract's OpenMP threads fight the page workers for the cores and make OCR slower overall
# (measured on 2 cores); one thread per Tesseract process unless the operator says otherwise.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

log = logging.getLogger(__name__)

# the standard tessdata models installed by scripts/setup.sh (Debian's are the "fast" ones)
PROJECT_MODELS = Path(__file__).resolve().parents[1] / ".models" / "tessdata"


@lru_cache(maxsize=8)
def tessdata_dir(lang: str, configured: Path | None = None) -> Path | None:
    """The folder of the Tesseract models for ``lang`` ("chi_sim+eng"): ``configured`` when
    given (it must hold every model: a wrong folder is a setup error, not a fallback), else
    the project's ``.models/tessdata`` when it holds them all, else None (Tesseract's own)."""
    names = [f"{code}.traineddata" for code in lang.split("+")]
    if configured is not None:
        missing = [n for n in names if not (Path(configured) / n).is_file()]
        if missing:
            raise OcrEngineError(f"tessdata folder {configured} lacks {', '.join(missing)}",
                                 stage="ocr")
        return Path(configured)
    if all((PROJECT_MODELS / n).is_file() for n in names):
        return PROJECT_MODELS
    log.warning("OCR uses the system's Tesseract models for %s: run scripts/setup.sh for the "
                "accurate ones in %s", lang, PROJECT_MODELS)
    return None


@dataclass
class PageOCR:
    words: list[Word] = field(default_factory=list)
    text: str = ""
    mean_confidence: float = 0.0
    blocks: dict[int, int] = field(default_factory=dict)  # line -> Tesseract block


def compose_text(words: list[Word], blocks: dict[int, int]) -> str:
    """Page text: the words of each line in their order, lines by number, a blank line
    between two blocks."""
    line_words: dict[int, list[str]] = {}
    for w in words:
        line_words.setdefault(w.line, []).append(w.text)
    parts: list[str] = []
    previous_block = None
    for line in sorted(line_words):
        block = blocks.get(line, -1 - line)
        if previous_block is not None and block != previous_block:
            parts.append("")  # blank line between blocks
        parts.append(" ".join(line_words[line]))
        previous_block = block
    return normalize_text("\n".join(parts))


def _to_pil(image: np.ndarray) -> Image.Image:
    if image.ndim == 2:
        return Image.fromarray(image)
    if image.ndim == 3 and image.shape[2] == 3:
        return Image.fromarray(np.ascontiguousarray(image[:, :, ::-1]))  # BGR -> RGB
    raise ValueError(f"unsupported image shape {image.shape}")


def ocr_page(
    image: np.ndarray,
    *,
    lang: str = "chi_sim+eng",
    timeout: float = 180,
    psm: int = 3,
    dpi: int | None = None,
    models: Path | None = None,
) -> PageOCR:
    """Run Tesseract once on ``image`` (gray, binary or BGR uint8).

    Word boxes are in ``image`` pixel coordinates. ``dpi`` tells Tesseract the scan
    resolution (it guesses otherwise); ``models`` the tessdata folder (see
    :func:`tessdata_dir`). Raises :class:`OcrEngineError` when Tesseract
    crashes, is missing or runs out of ``timeout`` seconds.
    """
    config = f"--psm {int(psm)}"
    folder = tessdata_dir(lang, models)
    if folder is not None:
        config += f" --tessdata-dir {shlex.quote(str(folder))}"
    if dpi:
        config += f" --dpi {int(dpi)}"
    try:
        data = pytesseract.image_to_data(
            _to_pil(image),
            lang=lang,
            config=config,
            timeout=timeout,
            output_type=pytesseract.Output.DICT,
        )
    except pytesseract.TesseractNotFoundError as exc:
        raise OcrEngineError(f"tesseract is not installed: {exc}", stage="ocr") from exc
    except pytesseract.TesseractError as exc:
        raise OcrEngineError(f"tesseract failed: {exc}", stage="ocr") from exc
    except RuntimeError as exc:  # pytesseract's timeout
        raise OcrEngineError(f"tesseract: {exc} after {timeout}s", stage="ocr") from exc
    return _page_from_data(data)


_engines = threading.local()  # this thread's loaded Tesseract engines, by (lang, folder, psm)
_TSV_COLUMNS = ("level", "page_num", "block_num", "par_num", "line_num", "word_num",
                "left", "top", "width", "height", "conf", "text")


def _engine(lang: str, folder: Path, psm: int) -> tesserocr.PyTessBaseAPI:
    engines = getattr(_engines, "by_key", None)
    if engines is None:
        engines = _engines.by_key = {}
    key = (lang, folder, psm)
    if key not in engines:
        try:
            engines[key] = tesserocr.PyTessBaseAPI(path=str(folder), lang=lang, psm=psm)
        except RuntimeError as exc:
            raise OcrEngineError(f"tesseract could not load {lang}: {exc}", stage="ocr") from exc
    return engines[key]


def ocr_small(image: np.ndarray, *, lang: str = "chi_sim", psm: int = 6, dpi: int | None = None,
              models: Path | None = None) -> PageOCR:
    """Read a small image (a strip of a few lines) with a Tesseract engine kept loaded in this
    thread: the same models and output as :func:`ocr_page`, without loading the models again
    for every call. Loading the Chinese model costs a third of a second; reading a strip of a
    dozen short lines, a few hundredths. Raises :class:`OcrEngineError` when the models cannot
    be loaded."""
    folder = tessdata_dir(lang, models)
    if folder is None:  # the system's models, where only the command-line Tesseract knows them
        return ocr_page(image, lang=lang, psm=psm, dpi=dpi)
    api = _engine(lang, folder, int(psm))
    api.SetVariable("user_defined_dpi", str(int(dpi)) if dpi else "0")
    api.SetImage(_to_pil(image))
    if not api.Recognize():
        raise OcrEngineError("tesseract could not read the image", stage="ocr")
    data: dict[str, list] = {c: [] for c in _TSV_COLUMNS}
    for row in api.GetTSVText(0).splitlines():
        cells = row.split("\t")
        if len(cells) < len(_TSV_COLUMNS):
            cells += [""] * (len(_TSV_COLUMNS) - len(cells))
        for c, v in zip(_TSV_COLUMNS, cells):
            data[c].append(v)
    api.Clear()
    return _page_from_data(data)


def _page_from_data(data: dict[str, list]) -> PageOCR:
    words: list[Word] = []
    line_keys: dict[tuple[int, int, int], int] = {}
    block_of_line: dict[int, int] = {}
    for i, level in enumerate(data["level"]):
        if int(level) != 5:
            continue
        text = unicodedata.normalize("NFKC", str(data["text"][i])).strip()
        conf = float(data["conf"][i])
        if not text or conf < 0:
            continue
        key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        line = line_keys.setdefault(key, len(line_keys))
        block_of_line[line] = key[0]
        words.append(
            Word(
                text=text,
                conf=max(0.0, min(100.0, conf)),
                bbox=BBox(
                    left=int(data["left"][i]),
                    top=int(data["top"][i]),
                    width=int(data["width"][i]),
                    height=int(data["height"][i]),
                ),
                line=line,
            )
        )
    mean = float(np.mean([w.conf for w in words])) if words else 0.0
    return PageOCR(words=words, text=compose_text(words, block_of_line), mean_confidence=mean,
                   blocks=block_of_line)
