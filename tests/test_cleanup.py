"""Each cleanup step on synthetic pages rendered by the project's generator."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from extractors.cleanup import (
    binarize,
    clean_page,
    denoise,
    detect_orientation,
    deskew,
    estimate_skew,
    find_page_quad,
    flatten_illumination,
    is_blank,
    remove_borders,
    straighten_photo,
    suppress_red_seal,
    to_gray,
)
from sample_scans import synth

DPI = 150
ZH = ["服务合同", "甲方：北京华信科技有限公司", "乙方：上海明达贸易有限公司",
      "甲乙双方经友好协商，就技术咨询服务事宜达成如下协议，双方共同遵守。",
      "本合同总金额为人民币壹拾贰万元整（¥120,000.00），乙方应按约定交付成果。",
      "如任何一方违反本合同约定，应向守约方支付违约金，并赔偿由此造成的全部损失。",
      "本合同自双方签字盖章之日起生效，一式两份，双方各执一份，具有同等法律效力。"]
EN = ["SERVICE AGREEMENT", "Party A: Acme Trading Ltd.", "Party B: Northwind Logistics LLC",
      "The Parties agree that the Provider shall deliver the consulting services described "
      "in Schedule A within thirty days after the signing of this Agreement.",
      "The total fee is USD 120,000.00, payable by wire transfer within ten business days "
      "after acceptance, against a valid commercial invoice.",
      "Any dispute shall be settled by friendly negotiation; failing that, either Party may "
      "submit it to arbitration."]


def render(lang: str, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    img = synth.render_pages(ZH if lang == "zh" else EN, lang=lang, rng=rng, dpi=DPI)[0]
    return cv2.cvtColor(np.asarray(img.convert("RGB")), cv2.COLOR_RGB2BGR)


def pil(bgr: np.ndarray):
    from PIL import Image

    return Image.fromarray(cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB))


def bgr_of(img) -> np.ndarray:
    return cv2.cvtColor(np.asarray(img.convert("RGB")), cv2.COLOR_RGB2BGR)


@pytest.fixture(scope="module")
def pages() -> dict[str, np.ndarray]:
    return {"zh": render("zh"), "en": render("en")}


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("quarter_turns", [1, 2, 3])
def test_turned_page_is_turned_back_upright(pages, lang, quarter_turns):
    page = pages[lang]
    turned = np.ascontiguousarray(np.rot90(page, -quarter_turns))  # clockwise
    expected = (360 - 90 * quarter_turns) % 360
    assert detect_orientation(to_gray(turned)) == expected
    result = clean_page(turned)
    assert result.rotation == expected
    assert result.image.shape == page.shape[:2]
    # the upright page's ink sits where the original's does
    a = (to_gray(page) < 128).astype(np.float32)
    b = (result.image < 128).astype(np.float32)
    assert float((a * b).sum() / a.sum()) > 0.8


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_upright_page_is_left_alone(pages, lang):
    result = clean_page(pages[lang])
    assert result.rotation == 0
    assert result.skew_angle == 0.0
    assert not result.seal_found and not result.blank


QUOTED = ["房屋租赁合同", "使用说明",
          "1. 本合同中的“□”选择内容，以划“√”方式选定；未选定的，在空格部位打“×”。",
          "2. 本合同所称“房屋”，指第一条所列的“出租房屋”及其“附属设施”。",
          "3. “押金”“租金”“物业费”均按“人民币”计算，见“附件一”“附件二”。",
          "4. 出租人应出示“房屋所有权证”或“不动产权证书”等“证明文件”。",
          "5. 双方对“交付标准”“维修责任”另有约定的，写入“补充条款”。"]
ACCOUNTS = ["账户信息", "户名\t苏州恒远精密机械有限公司", "开户行\t中国银行苏州园区支行",
            "账号\t512061283010002148", "税号\t91320594MA1XY2345Q", "电话\t0512-62851234",
            "户名\t杭州启明数据服务有限公司", "开户行\t招商银行杭州文三支行", "账号\t571904158810602377"]


@pytest.mark.parametrize("lines", [QUOTED, ACCOUNTS], ids=["quoted-terms", "account-rows"])
@pytest.mark.parametrize("seed", range(6))
def test_chinese_page_with_quotes_and_digit_rows_is_told_from_upside_down(lines, seed):
    """Chinese quotation marks sit at the top of the line, where a Latin page's commas would sit
    upside down, and a row of digits shows a band like Latin text: neither may outvote the rest
    of a Chinese page. (Before, four of these six quoted pages and one account page came out
    upside down.)"""
    img = synth.render_pages(lines, lang="zh", rng=np.random.default_rng(seed), dpi=DPI)[0]
    gray = to_gray(bgr_of(img))
    assert detect_orientation(gray) == 0
    assert detect_orientation(np.ascontiguousarray(gray[::-1, ::-1])) == 180


@pytest.mark.parametrize("angle", [6.0, -6.0, 12.5])
def test_skew_is_measured_and_corrected(pages, angle):
    skewed = bgr_of(synth.skew(pil(pages["zh"]), np.random.default_rng(1), angle_deg=angle))
    assert estimate_skew(to_gray(skewed)) == pytest.approx(angle, abs=0.5)
    straight, corrected = deskew(to_gray(skewed))
    assert corrected == pytest.approx(angle, abs=0.5)
    assert abs(estimate_skew(straight)) < 0.3
    result = clean_page(skewed)
    assert result.rotation == 0 and result.skew_angle == pytest.approx(angle, abs=0.5)


def test_red_seal_is_found_and_removed_but_text_under_it_survives(pages):
    page = pages["zh"]
    h, w = page.shape[:2]
    # put the seal over the body text
    sealed_img, params = synth.degrade(pil(page), "seal", np.random.default_rng(2),
                                       {"center": [w // 2, int(h * 0.2)], "radius": int(w * 0.1)})
    sealed = bgr_of(sealed_img)
    gray, found = suppress_red_seal(sealed)
    assert found
    cx, cy = params["center"]
    r = params["radius"]
    region = (slice(cy - r, cy + r), slice(cx - r, cx + r))
    reference = to_gray(page)[region]
    red = (sealed[region][:, :, 2].astype(int) - sealed[region][:, :, :2].max(axis=2) > 60)
    assert red.mean() > 0.02  # the seal really is there
    out = gray[region]
    text = reference < 100
    paper = reference > 230
    assert text.sum() > 200
    assert float((out[text] < 128).mean()) > 0.9       # black text kept
    assert float((out[paper] > 200).mean()) > 0.97     # red ink gone
    assert not suppress_red_seal(page)[1]
    assert clean_page(sealed).seal_found


def test_blank_page_is_blank_and_a_few_lines_are_not(pages):
    rng = np.random.default_rng(3)
    blank = np.full((1400, 1000, 3), 245, np.uint8)
    blank = bgr_of(synth.degrade(pil(blank), "lighting", rng)[0])
    blank = bgr_of(synth.degrade(pil(blank), "noise", rng)[0])
    blank = bgr_of(synth.degrade(pil(blank), "saltpepper", rng)[0])
    assert is_blank(to_gray(blank))
    assert clean_page(blank).blank
    few = np.full((1400, 1000, 3), 255, np.uint8)
    cv2.putText(few, "Annex 1", (100, 150), cv2.FONT_HERSHEY_SIMPLEX, 1.2, (0, 0, 0), 2)
    cv2.putText(few, "Signed on 12 May 2024", (100, 220), cv2.FONT_HERSHEY_SIMPLEX, 1.0,
                (0, 0, 0), 2)
    assert not is_blank(to_gray(few))
    assert not is_blank(to_gray(pages["en"]))


def test_black_margins_are_removed(pages):
    page = to_gray(pages["en"]).copy()
    h, w = page.shape
    framed = page.copy()
    framed[:, : w // 12] = 15      # black band on the left (scanner lid)
    framed[: h // 20, :] = 30      # and on top
    framed[:, -w // 30:] = 10      # and a thin one on the right
    out = remove_borders(framed)
    assert out[:, : w // 12 - 5].min() > 200
    assert out[: h // 20 - 5, :].min() > 200
    assert out[:, -w // 30 + 5:].min() > 200
    inner = (slice(h // 20 + 10, h), slice(w // 12 + 10, w - w // 30 - 10))
    assert np.array_equal(out[inner], page[inner])  # the text is untouched


def test_illumination_is_flattened(pages):
    page = pages["zh"]
    shaded = to_gray(bgr_of(synth.lighting_gradient(pil(page), np.random.default_rng(4),
                                                    strength=0.55)))
    paper = to_gray(page) > 240
    text = to_gray(page) < 60
    flat = flatten_illumination(shaded)
    assert float(np.percentile(shaded[paper], 99) - np.percentile(shaded[paper], 1)) > 80
    assert float(np.percentile(flat[paper], 99) - np.percentile(flat[paper], 1)) < 40
    assert float(np.median(flat[text])) < 110
    bw = binarize(flat)
    assert set(np.unique(bw)) <= {0, 255}
    assert float((bw[paper] == 255).mean()) > 0.99
    assert float((bw[text] == 0).mean()) > 0.9


def test_specks_are_removed_but_thin_strokes_kept():
    rng = np.random.default_rng(5)
    img = np.full((400, 400), 255, np.uint8)
    cv2.line(img, (20, 200), (380, 200), 0, 1)  # a one-pixel stroke
    ys, xs = rng.integers(0, 400, 800), rng.integers(0, 400, 800)
    keep = np.abs(ys - 200) > 2
    img[ys[keep], xs[keep]] = 0
    out = denoise(img)
    assert int((out[np.abs(np.arange(400) - 200) > 2] < 128).sum()) < 20
    assert float((out[200, 20:380] < 128).mean()) > 0.95


def test_photographed_page_is_cut_out_and_flattened(pages):
    photo = bgr_of(synth.phone_photo(pil(pages["en"]), np.random.default_rng(6), strength=0.6))
    assert find_page_quad(to_gray(photo)) is not None
    flat, changed = straighten_photo(photo)
    assert changed
    h, w = flat.shape[:2]
    assert h / w == pytest.approx(pages["en"].shape[0] / pages["en"].shape[1], rel=0.08)
    assert find_page_quad(to_gray(pages["en"])) is None  # a plain scan is left as it is


def test_light_falling_off_across_a_scan_is_no_page_edge(pages):
    # the top half in shadow (a lid not closed, a lamp at the bottom): the page is whole, and
    # the brighter half is no sheet of paper on a darker background to be cut out
    h = pages["en"].shape[0]
    shade = np.clip(np.linspace(0.45, 1.25, h), 0.45, 1.0)[:, None, None]
    lit = (pages["en"].astype(np.float32) * shade).astype(np.uint8)
    assert find_page_quad(to_gray(lit)) is None
    assert straighten_photo(lit)[0].shape == lit.shape


def test_the_original_stays_untouched(pages):
    page = bgr_of(synth.degrade(pil(pages["zh"]), "seal", np.random.default_rng(7))[0])
    page = np.ascontiguousarray(np.rot90(page))
    before = page.copy()
    result = clean_page(page)
    assert np.array_equal(page, before)
    assert result.upright.shape[:2] == result.image.shape
    assert result.upright.ndim == 3 and result.image.ndim == 2
