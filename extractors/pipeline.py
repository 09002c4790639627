"""The document stages composed, with no knowledge of Prefect: a page goes clean → OCR, a
document's pages go to text → language → fields → type → review decision. The flows wire
these same functions into tasks; ``contracts extract`` calls them directly."""

from __future__ import annotations

import re
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import cv2
import numpy as np

from classifiers.contract_type import classify
from contracts_core.errors import NoReadablePageError
from contracts_core.record import PageInfo, Record, Source, Status, Word
from contracts_core.settings import Settings
from extractors.brackets import repair_year_brackets
from extractors.cleanup import clean_page, rotate90
from extractors.docnumber import reread_identifiers, reread_serials
from extractors.doubtful import reread_doubtful
from extractors.fields import extract_fields
from extractors.language import detect_language
from extractors.layout import page_text_from_words
from extractors.loading import (
    DocumentInfo,
    image_page_dpi,
    load_page_with_dpi,
    open_document,
)
from extractors.ocr import PageOCR, ocr_page, ocr_small
from extractors.recover import recover_missed_lines
from extractors.text import normalize_text

MIN_TEXT_CHARS = 20  # fewer readable characters than this in a whole document: nothing to archive
# a page with this few words read at under this mean confidence has its orientation checked by
# OCR: the line geometry that orients a full page says little about two lines of a signature page
RECHECK_MAX_WORDS = 60
RECHECK_BELOW_CONFIDENCE = 80.0
# a page read upside down breaks into many short fragments: a page of up to this many words
# read with a confidence this low is rechecked as well
RECHECK_FRAGMENTED_WORDS = 160
RECHECK_FRAGMENTED_BELOW = 72.0
# a full page read this poorly may be a page the line geometry turned upside down (a form of
# short left-aligned cells gives it little to go on): it is read turned by 180° as well. A
# clean page read the right way scores 85 or more; read upside down, 60 or less
RECHECK_FULL_BELOW = 72.0


@dataclass
class PageResult:
    info: PageInfo
    ocr: PageOCR | None
    upright: np.ndarray | None  # colour page, upright and deskewed, for the searchable PDF


def process_page(bgr: np.ndarray, number: int, settings: Settings,
                 dpi: int | None = None) -> PageResult:
    """Clean one page and OCR it (blank pages are recorded, not OCRed)."""
    dpi = dpi or image_page_dpi(bgr)
    cleaned = clean_page(bgr)
    h, w = cleaned.image.shape[:2]
    info = PageInfo(number=number, rotation=cleaned.rotation, skew_angle=round(cleaned.skew_angle, 2),
                    blank=cleaned.blank, seal_found=cleaned.seal_found, width=w, height=h, dpi=dpi)
    if cleaned.blank:
        return PageResult(info=info, ocr=None, upright=cleaned.upright)

    def read(image: np.ndarray, psm: int = 3, lang: str = settings.ocr_lang) -> PageOCR:
        return ocr_page(image, lang=lang, timeout=settings.ocr_timeout_s, dpi=dpi,
                        models=settings.tessdata_dir, psm=psm)

    result = read(cleaned.image)
    turn, result = recheck_orientation(cleaned.image, result, read)
    if turn:
        info.rotation = (info.rotation + turn) % 360
        cleaned.image = rotate90(cleaned.image, turn)
        cleaned.upright = rotate90(cleaned.upright, turn)
        info.height, info.width = cleaned.image.shape[:2]
    # lines the page segmentation skipped, read on their own (one more Tesseract call, only
    # on a page where some are missing)
    result = recover_missed_lines(cleaned.image, result, lambda strip: read(strip, psm=6))
    # 〔2024〕 read as (2024) or [2024]: the brackets' printed shapes decide
    result = repair_year_brackets(cleaned.image, result)
    if "chi_sim" in settings.ocr_lang.split("+"):
        # 第1875号 read as "F18755" after a bracketed year: that stretch read by the Chinese
        # model alone
        result = reread_serials(cleaned.image, result,
                                lambda crop: read(crop, psm=7, lang="chi_sim"))
        # "LTZL-2024-0031" for LT-ZL-2024-0031: identifiers read again by the English model
        result = reread_identifiers(cleaned.image, result, lambda crop: read(crop, psm=7, lang="eng"))
        # 华晟 read as 华晚: each doubtful Chinese character read again at three sizes, by vote;
        # by the Chinese model alone, kept loaded (a strip of short lines is read in hundredths
        # of a second, loading the model for it would take a third)
        chinese = "+".join(c for c in settings.ocr_lang.split("+") if c.startswith("chi"))
        result = reread_doubtful(cleaned.image, result, lambda strip: ocr_small(
            strip, lang=chinese, psm=6, dpi=dpi, models=settings.tessdata_dir))
    info.ocr_confidence = round(result.mean_confidence, 1)
    info.text = result.text
    info.words = result.words
    return PageResult(info=info, ocr=result, upright=cleaned.upright)


def _strength(page: PageOCR) -> float:
    """How well a reading went: mean confidence, with a page of next to no words worth less."""
    chars = sum(len(w.text) for w in page.words)
    return page.mean_confidence * min(1.0, chars / 8)


def vertical_share(page: PageOCR) -> float:
    """The share of a reading's words in lines that run top to bottom (three or more words
    stacked one under the other): Tesseract reads the lines of a page lying on its side so."""
    lines: dict[int, list[Word]] = {}
    for w in page.words:
        lines.setdefault(w.line, []).append(w)
    stacked = 0
    for ws in lines.values():
        if len(ws) < 3:
            continue
        xs = [w.bbox.left + w.bbox.width / 2 for w in ws]
        ys = [w.bbox.top + w.bbox.height / 2 for w in ws]
        if max(ys) - min(ys) > 2 * (max(xs) - min(xs)):
            stacked += len(ws)
    return stacked / len(page.words) if page.words else 0.0


def recheck_orientation(image: np.ndarray, first: PageOCR,
                        read: Callable[[np.ndarray], PageOCR]) -> tuple[int, PageOCR]:
    """(further clockwise turn, its reading) for a sparse or fragmented page read with low confidence: the
    three other quarter turns are read too and the most confident reading wins (0 and
    ``first`` when the page is not sparse or none is better). A full page read with low
    confidence is read upside down too. A page read as lines running top
    to bottom lies on its side whatever the confidence: of its two quarter turns, the one read
    across and more confidently wins."""
    sparse = len(first.words) <= RECHECK_MAX_WORDS and first.mean_confidence < RECHECK_BELOW_CONFIDENCE
    fragmented = len(first.words) <= RECHECK_FRAGMENTED_WORDS and first.mean_confidence < RECHECK_FRAGMENTED_BELOW
    if vertical_share(first) > 0.5:
        # the page lies on its side: Tesseract read its lines top to bottom, confidently. The
        # quarter turn whose reading runs across wins
        turns = [(t, read(rotate90(image, t))) for t in (90, 270)]
        across = [(t, r) for t, r in turns if vertical_share(r) <= 0.5]
        if across:
            return max(across, key=lambda tr: _strength(tr[1]))
        return 0, first
    if not (sparse or fragmented):
        if first.mean_confidence < RECHECK_FULL_BELOW:
            # its lines run across (see above), so upright or upside down
            other = read(rotate90(image, 180))
            if _strength(other) > _strength(first) + 5.0:
                return 180, other
        return 0, first
    best_turn, best = 0, first
    for turn in (90, 180, 270):
        other = read(rotate90(image, turn))
        if _strength(other) > _strength(best) + 5.0:
            best_turn, best = turn, other
    return best_turn, best


def load_and_process_page(path: Path, doc: DocumentInfo, index: int,
                          settings: Settings) -> PageResult:
    image, dpi = load_page_with_dpi(path, doc, index, settings)
    return process_page(image, index + 1, settings, dpi)


def contract_key(record: Record) -> str | None:
    """What makes two scans the same contract: the printed contract number and the parties."""
    f = record.fields
    if not f.contract_no or not f.parties:
        return None
    # separators and bracket shapes do not tell two numbers apart: two scans of one paper may
    # be read as 沪采〔2024〕15号 and 沪采[2024]15号
    no = re.sub(r"[\s\-_/.〔〕\[\]【】()]", "",
                unicodedata.normalize("NFKC", f.contract_no.value)).upper()
    names = sorted(re.sub(r"\s+", "", unicodedata.normalize("NFKC", p.name)).casefold()
                   for p in f.parties)
    return no + "|" + "|".join(names) if no else None


def assemble_record(sha256: str, source: Source, pages: list[PageInfo],
                    settings: Settings) -> Record:
    """Turn OCRed pages into a record: text, language, fields, type, and review reasons.
    Raises NoReadablePageError when no page carries readable text."""
    pages = sorted(pages, key=lambda p: p.number)
    readable = [p for p in pages if not p.blank and p.text.strip()]
    text = normalize_text("\n\n".join(p.text for p in readable))
    if len(re.sub(r"\s", "", text)) < MIN_TEXT_CHARS:
        blank = sum(p.blank for p in pages)
        raise NoReadablePageError(
            f"{source.file_name}: no readable text on any of its {len(pages)} page(s) "
            f"({blank} blank)", stage="ocr")
    language = detect_language(text)
    page_texts = [page_text_from_words(p.number, p.words) for p in readable]
    fields = extract_fields(page_texts, language=language)
    classification = classify(text, language=language)

    reasons: list[str] = []
    for p in readable:
        if p.ocr_confidence < settings.review_confidence:
            reasons.append(f"page {p.number}: OCR confidence {p.ocr_confidence:.0f} "
                           f"< {settings.review_confidence:.0f}")
    if classification.confidence < settings.classify_review_confidence:
        reasons.append(f"contract type '{classification.value}' uncertain "
                       f"({classification.confidence:.2f})")
    check = fields.amount_in_words_matches
    if check is not None and not check.value:
        if check.words_value is None:
            reasons.append(f"amount in words unreadable ({check.words or 'no words'})")
        else:
            reasons.append(f"amount in words {check.words} ({check.words_value}) does not match "
                           f"the figures ({check.figures_value})")
    if not fields.parties:
        reasons.append("no parties found")
    return Record(
        sha256=sha256, source=source, page_count=len(pages), pages=pages, text=text,
        language=language, contract_type=classification, fields=fields,
        status=Status.needs_review if reasons else Status.archived, review_reasons=reasons,
    )


def encode_jpeg(image: np.ndarray, quality: int = 80) -> bytes:
    ok, buf = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:  # pragma: no cover - OpenCV always encodes a valid uint8 image
        raise ValueError("JPEG encoding failed")
    return buf.tobytes()


def extract_file(path: Path, settings: Settings, *, workers: int | None = None) -> Record:
    """load → clean → OCR → extract → classify on one file; stores nothing."""
    path = Path(path)
    doc = open_document(path, settings)
    source = Source(file_name=path.name, size=doc.size, content_type=doc.content_type)
    with ThreadPoolExecutor(max_workers=workers or settings.page_workers) as pool:
        results = list(pool.map(lambda i: load_and_process_page(path, doc, i, settings),
                                range(doc.page_count)))
    return assemble_record(doc.sha256, source, [r.info for r in results], settings)
