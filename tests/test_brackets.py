"""The brackets around a year in a document number are read from their printed shapes:
沪采〔2024〕第015号 keeps its 〔〕 when Tesseract reads them as ( ) or [ ], and a printed
（2023） or [2024] is not turned into 〔〕."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from contracts_core.record import BBox, Word
from contracts_core.settings import Settings
from extractors.brackets import classify, read_bracket_shape, repair_year_brackets
from extractors.ocr import PageOCR, compose_text
from extractors.pipeline import process_page
from sample_scans import synth

SANS = ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", synth.TTC_SC_INDEX)
SERIF = ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", synth.TTC_SC_INDEX)
DEJAVU = ("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 0)


def printed(text: str, face: tuple[str, int], px: int = 40) -> np.ndarray:
    font = ImageFont.truetype(face[0], px, index=face[1])
    img = Image.new("L", (px * (len(text) + 2), px * 3), 255)
    ImageDraw.Draw(img).text((px, px), text, font=font, fill=0)
    return np.asarray(img)


def glyph(ch: str, face: tuple[str, int], px: int = 40) -> np.ndarray:
    ink = printed(ch, face, px) < 128
    ys, xs = np.nonzero(ink)
    return ink[ys.min():ys.max() + 1, xs.min():xs.max() + 1]


def whole(gray: np.ndarray, text: str) -> Word:
    ys, xs = np.nonzero(gray < 128)
    return Word(text=text, conf=60.0, line=0,
                bbox=BBox(left=int(xs.min()), top=int(ys.min()),
                          width=int(xs.max() - xs.min() + 1), height=int(ys.max() - ys.min() + 1)))


@pytest.mark.parametrize("face", [SANS, SERIF], ids=["sans", "serif"])
@pytest.mark.parametrize("px", [28, 48])
def test_each_opening_bracket_shape_is_told_apart(face, px):
    assert classify(glyph("〔", face, px)) == "tortoise"
    assert classify(glyph("（", face, px)) == "round"
    assert classify(glyph("[", face, px)) == "square"
    # a closing bracket is measured as its mirror image
    assert classify(glyph("〕", face, px)[:, ::-1]) == "tortoise"
    assert classify(glyph("]", face, px)[:, ::-1]) == "square"


@pytest.mark.parametrize("face", [SANS, SERIF, DEJAVU], ids=["sans", "serif", "dejavu"])
def test_an_ascii_parenthesis_is_not_taken_for_a_tortoise_bracket(face):
    assert classify(glyph("(", face, 40)) == "round"
    assert classify(glyph(")", face, 40)[:, ::-1]) == "round"


def test_a_glyph_too_small_to_measure_gives_no_answer():
    assert classify(glyph("〔", SANS, 14)) is None


@pytest.mark.parametrize("printed_text, read_as, expected", [
    ("沪采〔2024〕第015号", "沪采(2024)第015号", "沪采〔2024〕第015号"),
    ("苏借〔2023〕026号", "苏借[2023]026号", "苏借〔2023〕026号"),
    ("浙租（2023）第128号", "浙租(2023)第128号", "浙租(2023)第128号"),
    ("粤服[2024]第77号", "粤服[2024]第77号", "粤服[2024]第77号"),
    ("粤服[2024]第77号", "粤服〔2024]第77号", "粤服[2024]第77号"),
])
def test_the_words_brackets_are_rewritten_as_printed(printed_text, read_as, expected):
    gray = printed(printed_text, SERIF)
    page = PageOCR(words=[whole(gray, read_as)], blocks={0: 1})
    page.text = compose_text(page.words, page.blocks)
    fixed = repair_year_brackets(gray, page)
    assert fixed.words[0].text == expected
    assert fixed.text == expected


def test_no_brackets_found_leaves_the_reading_alone():
    gray = printed("合同编号 2024", SANS)  # no brackets on the page at all
    word = whole(gray, "(2024)")
    assert read_bracket_shape(gray, word) is None
    page = PageOCR(words=[word], text="(2024)", blocks={0: 1})
    assert repair_year_brackets(gray, page) is page


def test_a_scanned_official_number_keeps_its_tortoise_brackets():
    """Through the page stage with real Tesseract: on this render Tesseract reads 〔2024〕
    as (2024) on its own."""
    lines = ["采购合同", "合同编号：沪采〔2024〕第015号", "", "甲方：北京华信科技有限公司",
             "乙方：上海明达贸易有限公司", "甲乙双方经友好协商，就采购事宜订立本合同。"]
    img = synth.render_pages(lines, lang="zh", rng=np.random.default_rng(0), dpi=200)[0]
    bgr = cv2.cvtColor(np.asarray(img.convert("RGB")), cv2.COLOR_RGB2BGR)
    text = "".join(process_page(bgr, 1, Settings(s3_endpoint=None, es_url=None), 200).info.text.split())
    assert "沪采〔2024〕第015号" in text


def test_a_serial_the_english_model_misread_is_read_again_in_chinese():
    """On this render the page reading gives 苏借〔2024〕0265 (号 read as 5)."""
    lines = ["采购合同", "合同编号：苏借〔2024〕026号", "", "甲方：北京华信科技有限公司", "乙方：上海明达贸易有限公司",
             "甲乙双方经友好协商，就采购事宜订立本合同，以资共同遵守。",
             "第一条 本合同总金额为人民币壹拾贰万元整（¥120,000.00）。", "第二条 本合同自双方签字盖章之日起生效。",
             "@@SIGNATURE"]
    rendered = synth.render_document(lines, lang="zh", rng=np.random.default_rng(1), dpi=200)
    bgr = cv2.cvtColor(np.asarray(rendered.images[0].convert("RGB")), cv2.COLOR_RGB2BGR)
    info = process_page(bgr, 1, Settings(s3_endpoint=None, es_url=None), 200).info
    assert "苏借〔2024〕026号" in "".join(info.text.split())
