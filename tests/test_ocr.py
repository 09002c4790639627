"""OCR with the real Tesseract on small rendered pages; text normalisation."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from contracts_core.errors import OcrEngineError
from extractors.ocr import ocr_page
from extractors.text import normalize_text
from sample_scans import synth

ZH = ["采购合同", "甲方：北京华信科技有限公司", "乙方：上海明达贸易有限公司",
      "本合同总金额为人民币壹拾贰万元整，乙方应于二〇二四年五月十二日前交付全部货物。"]
EN = ["PURCHASE AGREEMENT", "Buyer: Acme Trading Ltd.", "Seller: Northwind Logistics LLC",
      "The total price is USD 120,000.00 payable within thirty days after delivery."]


def render(lines: list[str], lang: str) -> np.ndarray:
    img = synth.render_pages(lines, lang=lang, rng=np.random.default_rng(0), dpi=200)[0]
    gray = cv2.cvtColor(np.asarray(img.convert("RGB")), cv2.COLOR_RGB2GRAY)
    return gray[: gray.shape[0] // 3]  # the text sits in the top third; keeps the test fast


def squash(s: str) -> str:
    return "".join(s.split())


@pytest.mark.parametrize("lang,lines,expected", [
    ("zh", ZH, ["北京华信科技有限公司", "上海明达贸易有限公司", "采购合同"]),
    ("en", EN, ["Acme", "Trading", "Northwind", "120,000.00"]),
])
def test_words_come_back_with_boxes_and_confidences(lang, lines, expected):
    image = render(lines, lang)
    page = ocr_page(image, dpi=200)
    assert page.words
    h, w = image.shape
    on_ink = 0
    for word in page.words:
        assert word.text.strip() == word.text and word.text
        assert 0 <= word.conf <= 100
        b = word.bbox
        assert b.width > 0 and b.height > 0
        assert 0 <= b.left and b.left + b.width <= w and 0 <= b.top and b.top + b.height <= h
        on_ink += bool((image[b.top:b.top + b.height, b.left:b.left + b.width] < 128).any())
    assert on_ink >= 0.9 * len(page.words)  # the boxes sit on the printed words
    assert page.mean_confidence == pytest.approx(np.mean([x.conf for x in page.words]))
    assert page.mean_confidence > 70
    for needle in expected:
        assert needle in squash(page.text) if lang == "zh" else needle in page.text
    if lang == "zh":
        assert " 北" not in page.text and "北 京" not in page.text  # no spaces inside Han text
    lines_seen = {word.line for word in page.words}
    assert len(lines_seen) >= 3


def test_blank_image_gives_no_words_and_zero_confidence():
    page = ocr_page(np.full((300, 400), 255, np.uint8))
    assert page.words == [] and page.text == "" and page.mean_confidence == 0.0


def test_tesseract_failure_is_an_ocr_engine_error():
    with pytest.raises(OcrEngineError) as err:
        ocr_page(np.full((100, 100), 255, np.uint8), lang="no_such_language")
    assert err.value.kind == "ocr_engine" and not err.value.permanent


@pytest.mark.parametrize("raw,expected", [
    ("甲 方 ： 北京 公司 ， 地址", "甲方:北京公司,地址"),
    ("２０２４ 年 ５ 月", "2024年5月"),
    ("The   Buyer\tshall  pay", "The Buyer shall pay"),
    ("Party A  甲方", "Party A 甲方"),
    ("line one  \n\n\n\n line two ", "line one\n\nline two"),
    ("金额（ 人民币 ）", "金额(人民币)"),
    ("ﬁnal\u3000text", "final text"),
])
def test_normalize_text(raw, expected):
    assert normalize_text(raw) == expected


def test_normalize_text_is_idempotent():
    s = "甲 方 ： 北京 公司 ，The  Buyer shall pay ２０２４ 年\n\n\nok"
    assert normalize_text(normalize_text(s)) == normalize_text(s)


def test_tesseract_timeout_is_an_ocr_engine_error():
    image = render(EN, "en")
    with pytest.raises(OcrEngineError, match="timeout"):
        ocr_page(image, timeout=0.01)


def test_the_accurate_models_read_names_the_fast_ones_misread():
    """Company names with rarer characters (鼎) and underscored numbers come back as printed:
    the pipeline reads with the standard tessdata models that scripts/setup.sh installs
    (Debian's fast chi_sim reads 鼎盛 as 易盛 and drops the underscores)."""
    from extractors.ocr import PROJECT_MODELS, tessdata_dir

    assert tessdata_dir("chi_sim+eng") == PROJECT_MODELS, "run scripts/setup.sh"
    image = render(["甲方：杭州鼎盛网络科技有限责任公司", "乙方：天津市鼎盛生物科技股份有限公司",
                    "Contract No.: PROC_2024_8695"], "zh")
    text = squash(ocr_page(image, dpi=200).text)
    for expected in ("杭州鼎盛网络科技有限责任公司", "天津市鼎盛生物科技股份有限公司", "PROC_2024_8695"):
        assert expected in text


def test_a_configured_model_folder_without_the_models_is_an_ocr_error(tmp_path):
    with pytest.raises(OcrEngineError, match="lacks chi_sim.traineddata"):
        ocr_page(np.full((100, 100), 255, np.uint8), models=tmp_path)


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_a_sparse_page_read_in_the_wrong_orientation_is_turned_by_ocr(turn):
    """A signature page of two lines gives the line geometry little to go on; when it comes
    out of cleanup turned wrong, the OCR confidence of the four quarter turns decides."""
    from extractors.cleanup import rotate90
    from extractors.pipeline import recheck_orientation, vertical_share

    page = render(["甲方签署日期：2025年1月10日", "乙方签署日期：2025年1月10日"], "zh")
    wrong = rotate90(page, turn)
    read = lambda img: ocr_page(img, dpi=200)  # noqa: E731
    extra, reading = recheck_orientation(wrong, read(wrong), read)
    assert squash(reading.text).count("2025年1月10日") == 2
    # Tesseract reads a page turned by a quarter too, confidently, but top to bottom, with
    # word boxes the line layout cannot put in order: that page is turned upright as well
    assert (turn + extra) % 360 == 0
    assert vertical_share(reading) == 0.0


@pytest.mark.parametrize("turn", [90, 270])
def test_a_page_on_its_side_gives_its_dates_in_reading_order(turn):
    """The words of a sideways page, read top to bottom by Tesseract, come out of the layout
    as garbage ("：年1月4日签订日期2025"); turned upright, the signing date is found."""
    from contracts_core.settings import Settings
    from extractors.cleanup import rotate90
    from extractors.fields import extract_fields
    from extractors.layout import page_text_from_words
    from extractors.pipeline import process_page

    page = render(["签订日期：2025年1月4日", "签订日期：2025年1月4日"], "zh")
    result = process_page(cv2.cvtColor(rotate90(page, turn), cv2.COLOR_GRAY2BGR), 2,
                          Settings(s3_endpoint=None, es_url=None), dpi=200)
    text = page_text_from_words(2, result.info.words)
    assert "签订日期:2025年1月4日" in squash(text.text)
    fields = extract_fields([text], language="zh")
    assert fields.signed_date is not None and fields.signed_date.value.isoformat() == "2025-01-04"


def test_a_full_page_is_not_read_four_times():
    from extractors.pipeline import recheck_orientation

    image = render(ZH, "zh")
    first = ocr_page(image, dpi=200)
    calls = []
    assert recheck_orientation(image, first, lambda img: calls.append(1) or first) == (0, first)
    assert not calls


def test_a_signature_page_read_upside_down_into_many_fragments_is_turned():
    """A signature page in two columns read upside down breaks into more than the few words a
    sparse page has; its low confidence still gets the four quarter turns read."""
    from extractors.cleanup import rotate90
    from extractors.pipeline import recheck_orientation

    page = render(["（本页无正文，为《房屋租赁合同》之签署页）", "甲方（签字）：\t乙方（公章）：",
                   "身份证号码：474581197503122253\t法定代表人或授权代表：", "签字：\t代表人：",
                   "签订地点：上海市浦东新区\t签订地点：上海市浦东新区", "二〇二四年八月八日\t二〇二四年八月八日"], "zh")
    wrong = rotate90(page, 180)
    read = lambda img: ocr_page(img, dpi=200)  # noqa: E731
    first = read(wrong)
    assert len(first.words) > 60  # more fragments than a sparse page has
    extra, reading = recheck_orientation(wrong, first, read)
    assert extra == 180
    assert "签署页" in squash(reading.text)


def test_a_full_form_page_read_upside_down_is_turned():
    """A page of short left-aligned cells (a party table) gives the line geometry little to go
    on, and cleanup may hand it to OCR upside down. Read so, its many fragments come back with
    a confidence no upright page has; the page is read turned by 180° too and that reading wins."""
    from extractors.cleanup import rotate90
    from extractors.pipeline import RECHECK_FRAGMENTED_WORDS, recheck_orientation

    rows = [("名称", "苏州恒远精密机械有限公司", "杭州启明数据服务有限公司"),
            ("地址", "苏州市工业园区星湖街328号", "杭州市西湖区文三路90号"),
            ("法定代表人", "陆文博", "钱思远"), ("联系人", "周敏", "孙立群"),
            ("电话", "0512-62851234", "0571-88123456"),
            ("开户行", "中国银行苏州园区支行", "招商银行杭州文三支行"),
            ("账号", "5120 6128 3010 0021", "5719 0415 8810 6023")]
    lines = ["技术服务合同", "合同编号：HY-JS-2024-0517", "签订日期：2024年6月3日",
             "项目\t委托方（甲方）\t受托方（乙方）"]
    for _ in range(2):
        lines += ["\t".join(r) for r in rows]
    lines += ["甲方委托乙方就数据平台运维提供技术服务，经双方协商一致，订立本合同。",
              "一、服务内容：系统巡检、故障处理、数据备份与恢复演练。",
              "二、服务期限：自2024年7月1日起至2025年6月30日止。",
              "三、服务费用：合同总价为人民币壹拾捌万元整（¥180,000.00）。"]
    img = synth.render_pages(lines, lang="zh", rng=np.random.default_rng(3), dpi=200)[0]
    page = cv2.cvtColor(np.asarray(img.convert("RGB")), cv2.COLOR_RGB2GRAY)
    wrong = rotate90(page, 180)
    read = lambda img: ocr_page(img, dpi=200)  # noqa: E731
    first = read(wrong)
    assert len(first.words) > RECHECK_FRAGMENTED_WORDS  # a full page, not a sparse one
    extra, reading = recheck_orientation(wrong, first, read)
    assert extra == 180
    text = squash(reading.text)
    assert "苏州恒远精密机械有限公司" in text and "HY-JS-2024-0517" in text


# ---- identifiers whose hyphens the Chinese reading loses -----------------------------------------

def test_separators_restored_accepts_only_put_back_separators():
    from extractors.docnumber import separators_restored
    assert separators_restored("BJZYNDA-2024-018", "BJZY-NDA-2024-018")
    assert separators_restored("LTZL2024-0031", "LT-ZL-2024-0031")
    assert separators_restored("ZYXWL-KJ-2024-002", "ZY-WL-KJ-2024-002")  # the hyphen read as X
    assert not separators_restored("LT-ZL-2024-0031", "LT-7Z1.-2024-0031")  # letters misread
    assert not separators_restored("ZYWL-KJ-2024-002", "ZY-WL-K]J-2024-002")  # a bracket is no identifier's
    assert not separators_restored("HT-2024-001", "HT-2024-001")  # nothing put back
    assert not separators_restored("ABCD-2024-001", "AB-XY-2024-001")  # other letters


@pytest.mark.parametrize("seed", [0, 2, 6])
def test_hyphens_between_capitals_of_a_chinese_page_number_are_kept(seed):
    """In a serif CJK font the hyphen between two capitals is short; the page's chi_sim+eng
    reading drops it ("BJZYNDA-2024-018") or reads it as a letter ("ZYXWL"). Without the English
    re-reading every one of these renderings loses some of them."""
    import re

    from contracts_core.settings import Settings
    from extractors.pipeline import process_page
    lines = ["保 密 协 议", "", "== 协议编号：BJZY-NDA-2024-018", "合同编号：LT-ZL-2024-0031\t签订日期：2024.3.8",
             "编号：WZJY-ZFCG-2024-031", "项目编号：ZY-WL-KJ-2024-002"]
    img = synth.render_document(lines, lang="zh", rng=np.random.default_rng(seed), dpi=200,
                                font=synth.ZH_FONTS[0][0]).images[0]
    bgr = cv2.cvtColor(np.asarray(img.convert("RGB")), cv2.COLOR_RGB2BGR)
    text = process_page(bgr, 1, Settings(s3_endpoint=None, es_url=None)).info.text
    for number in ("BJZY-NDA-2024-018", "LT-ZL-2024-0031", "WZJY-ZFCG-2024-031", "ZY-WL-KJ-2024-002"):
        assert number in text, (number, re.findall(r"[A-Z][\w-]+", text))


# ---- doubtful Chinese characters read again ------------------------------------------------------

def _changed(first, confs, again, doubtful):
    """The characters the vote changes: position -> character."""
    from extractors.doubtful import settle
    return {i: c for i, (c, _) in settle(first, confs, again, doubtful).items() if c != first[i]}


def test_settle_gives_a_doubtful_character_to_the_readings_with_most_confidence_behind_them():
    first, confs = "南京市华晚信息", [96, 96, 96, 96, 70, 96, 96]
    # two confident re-readings of 晟 outweigh the first reading's doubtful 晚
    assert _changed(first, confs, [("南京市华晟信息", [96] * 7), ("南京市华晟信息", [90] * 7)],
                    {4}) == {4: "晟"}
    # one re-reading no surer than the first does not overturn it
    assert _changed(first, confs, [("南京市华晟信息", [96, 96, 96, 96, 66, 96, 96]),
                                   ("南京市华晚信息", [96, 96, 96, 96, 64, 96, 96])], {4}) == {}
    # a character read confidently is not doubtful: no re-reading changes it
    assert _changed(first, confs, [("南京市华晟信急", [96] * 7)] * 2, {4}) == {4: "晟"}
    # only a Chinese character takes a Chinese character's place
    assert _changed(first, confs, [("南京市华1;信息", [99] * 8)] * 2, {4}) == {}
    # a re-reading that drops or adds a character elsewhere still lines up
    assert _changed(first, confs, [("京市华晟信息", [96] * 6), ("南京市市华晟信息", [96] * 8)],
                    {4}) == {4: "晟"}


def test_a_character_the_readings_disagree_on_is_less_sure_than_its_best_reading():
    """华晚 at 92 in one re-reading, 华晟 at 92 in another: the name's other mentions must be able
    to outvote it, so it does not come out as sure as its best reading."""
    from extractors.doubtful import settle
    first, confs = "南京市华晚信息", [96, 96, 96, 96, 70, 96, 96]
    agreed = settle(first, confs, [("南京市华晚信息", [96, 96, 96, 96, 92, 96, 96])] * 2, {4})
    split = settle(first, confs, [("南京市华晚信息", [96, 96, 96, 96, 92, 96, 96]),
                                  ("南京市华晟信息", [96, 96, 96, 96, 92, 96, 96])], {4})
    assert agreed[4] == ("晚", 92)
    assert split[4][0] == "晚" and split[4][1] < 60


def test_settle_keeps_to_the_characters_that_fit_their_context():
    # 讼 of 诉讼 read again as 许 with more confidence: 诉许 is no word, 诉讼 is
    first = "向人民法院提起诉讼"
    confs = [96] * 8 + [77]
    assert _changed(first, confs, [("向人民法院提起诉许", [96] * 8 + [82]),
                                   ("向人民法院提起诉讼", [96] * 8 + [67])], {8}) == {}
    # the other way round: 货任 first read, one less confident reading of 责任 puts it right
    first, confs = "承担违约货任", [96, 96, 96, 96, 70, 96]
    assert _changed(first, confs, [("承担违约责任", [96, 96, 96, 96, 60, 96]),
                                   ("承担违约货任", [96, 96, 96, 96, 75, 96])], {4}) == {4: "责"}
    # in an amount in words only a capital numeral stands for a capital numeral
    first, confs = "人民币壹佰零伍万元整", [96, 96, 96, 68, 96, 96, 96, 96, 96, 96]
    assert _changed(first, confs, [("人民币意佰零伍万元整", [96, 96, 96, 65] + [96] * 6),
                                   ("人民币壶佰零伍万元整", [96, 96, 96, 85] + [96] * 6)], {3}) == {}
    assert _changed("人民币壶佰零伍万元整", confs,
                    [("人民币壹佰零伍万元整", [96, 96, 96, 60] + [96] * 6)] * 2, {3}) == {3: "壹"}


def test_names_with_rare_characters_are_read_right():
    """The page's first reading of 晟, 润 or 鹏 in a name is a coin toss (华晚, 德添, 邓腐浩); read
    again at three sizes and settled by vote, every name of these renderings comes out right. The
    first readings alone lose a name in three of the five."""
    from contracts_core.settings import Settings
    from extractors.pipeline import process_page
    names = ["南京市华晟信息技术有限公司", "北京市德润贸易股份有限公司", "成都华晟智能装备有限公司", "邓鹏浩",
             "深圳锦程商贸有限责任公司", "启明物流武汉有限公司", "汪宇", "崔俊英"]
    lines: list[str] = []
    for role, name in zip("甲乙丙丁戊己庚辛", names):
        lines += [f"{role}方：{name}", "地址：上海市浦东新区世纪大道100号"]
    for seed in (0, 2, 3, 4, 5):
        img = synth.render_pages(lines, lang="zh", rng=np.random.default_rng(seed), dpi=200)[0]
        bgr = cv2.cvtColor(np.asarray(img.convert("RGB")), cv2.COLOR_RGB2BGR)
        text = "".join(process_page(bgr, 1, Settings(s3_endpoint=None, es_url=None)).info.text.split())
        assert [n for n in names if n not in text] == [], seed


def test_a_strip_is_read_by_an_engine_kept_loaded_in_the_thread():
    """The doubtful-character stage reads its strip with an engine loaded once per thread: the
    same words and boxes as a Tesseract run, without loading the Chinese model per call."""
    from extractors import ocr
    from extractors.ocr import ocr_small
    image = render(["甲方：南京市华晟信息技术有限公司", "合同编号：HT-2024-0517"], "zh")
    first = ocr_small(image, lang="chi_sim", psm=6, dpi=200)
    again = ocr_small(image, lang="chi_sim", psm=6, dpi=200)
    assert "南京市华晟信息技术有限公司" in squash(first.text) and "HT-2024-0517" in first.text
    assert [(w.text, w.bbox) for w in again.words] == [(w.text, w.bbox) for w in first.words]
    assert all(w.bbox.width > 0 and 0 <= w.conf <= 100 for w in first.words)
    assert len([k for k in ocr._engines.by_key if k[0] == "chi_sim" and k[2] == 6]) == 1
