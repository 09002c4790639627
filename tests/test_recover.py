"""Lines that Tesseract's page segmentation leaves out are found on the page and read."""

from __future__ import annotations

import cv2
import numpy as np

from contracts_core.record import BBox, Word
from contracts_core.settings import Settings
from extractors.ocr import PageOCR, compose_text, ocr_page
from extractors.recover import missed_segments, recover_missed_lines
from sample_scans import synth

ZH = ["采购合同", "合同编号：沪采〔2024〕第015号    签订地点：上海市", "甲方：北京华信科技有限公司",
      "乙方：上海明达贸易有限公司", "本合同总金额为人民币壹拾贰万元整（¥120,000.00）。"]


def render(lines: list[str], lang: str = "zh") -> np.ndarray:
    img = synth.render_pages(lines, lang=lang, rng=np.random.default_rng(0), dpi=200)[0]
    gray = cv2.cvtColor(np.asarray(img.convert("RGB")), cv2.COLOR_RGB2GRAY)
    return gray[: gray.shape[0] // 3]


def squash(s: str) -> str:
    return "".join(s.split())


def without_line(page: PageOCR, needle: str) -> PageOCR:
    lines: dict[int, str] = {}
    for w in page.words:
        lines[w.line] = lines.get(w.line, "") + w.text
    gone = {k for k, t in lines.items() if needle in t}
    assert gone, f"{needle!r} not read in the first place"
    words = [w for w in page.words if w.line not in gone]
    return PageOCR(words=words, text=compose_text(words, page.blocks), mean_confidence=90.0,
                   blocks=page.blocks)


def read_block(image: np.ndarray) -> PageOCR:
    return ocr_page(image, dpi=200, psm=6)


def test_a_line_the_ocr_left_out_is_read_and_put_in_its_place():
    image = render(ZH)
    first = ocr_page(image, dpi=200)
    missing = without_line(first, "北京华信")
    assert "北京华信" not in squash(missing.text)

    recovered = recover_missed_lines(image, missing, read_block)

    text = squash(recovered.text)
    assert "甲方:北京华信科技有限公司" in text
    assert text.index("合同编号") < text.index("北京华信") < text.index("上海明达")
    # the recovered words carry page coordinates: they sit where the line is printed
    new = [w for w in recovered.words if w.text in "北京华信科技有限公司"]
    ref = [w for w in first.words if w.text in "北京华信科技有限公司"]
    assert abs(np.median([w.bbox.top for w in new]) - np.median([w.bbox.top for w in ref])) < 8
    assert abs(min(w.bbox.left for w in new) - min(w.bbox.left for w in ref)) < 40


def test_a_page_read_in_full_costs_no_second_reading():
    image = render(ZH)
    first = ocr_page(image, dpi=200)
    calls: list[int] = []
    assert recover_missed_lines(image, first, lambda img: calls.append(1) or first) is first
    assert not calls


def test_rules_specks_and_blank_paper_are_not_missed_lines():
    page = np.full((400, 1200), 255, np.uint8)
    cv2.line(page, (50, 100), (1150, 100), 0, 2)  # a table rule
    cv2.line(page, (600, 120), (600, 380), 0, 2)  # a column rule
    for x in range(100, 1100, 97):  # paper specks
        cv2.circle(page, (x, 300), 1, 0, -1)
    words = [Word(text="甲", conf=95, bbox=BBox(left=60, top=20, width=30, height=30))] * 6
    assert missed_segments(page, words) == []


def test_a_header_line_tesseract_skips_is_in_the_page_text():
    """Found in the wild: a header line under the title (number and place of signing far
    apart) that Tesseract's automatic page segmentation drops as a whole on this render."""
    from extractors.pipeline import process_page

    lines = ["采购合同", "合同编号：宁保〔2025〕第3号    签订地点：上海市", "",
             "甲方：北京华信科技有限公司", "乙方：上海明达贸易有限公司",
             "甲乙双方经友好协商，就采购事宜订立本合同，以资共同遵守。",
             "第一条 本合同总金额为人民币壹拾贰万元整（¥120,000.00）。",
             "第二条 本合同自双方签字盖章之日起生效。", "@@SIGNATURE"]
    doc = synth.render_document(lines, lang="zh", rng=np.random.default_rng(6), dpi=200)
    bgr = cv2.cvtColor(np.asarray(doc.images[0].convert("RGB")), cv2.COLOR_RGB2BGR)
    info = process_page(bgr, 1, Settings(s3_endpoint=None, es_url=None), 200).info
    text = squash(info.text)
    assert "合同编号" in text and "2025" in text and "签订地点:上海市" in text
    assert text.index("采购合同") < text.index("合同编号") < text.index("甲方")
