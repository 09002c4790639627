"""The synthetic scan generator: determinism, degradations, and the committed sample corpus."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import cv2
import numpy as np
import pikepdf
import pytest
from PIL import Image

from contracts_core.record import CONTRACT_TYPES
from sample_scans import generate, synth, templates

SAMPLES = Path(generate.__file__).resolve().parent
TRUTHS = sorted(SAMPLES.glob("*.truth.json"))
REPO = SAMPLES.parent


@pytest.fixture(scope="module")
def page() -> Image.Image:
    filled = templates.make_contract("service", "zh", np.random.default_rng(3))
    return synth.render_pages(filled.lines, lang="zh", rng=np.random.default_rng(4), dpi=100)[0]


def _gray(img: Image.Image) -> np.ndarray:
    return np.asarray(img.convert("L"), dtype=np.float32)


def _red_pixels(img: Image.Image) -> int:
    a = np.asarray(img.convert("RGB")).astype(int)
    return int(((a[..., 0] > 150) & (a[..., 1] < 120) & (a[..., 0] - a[..., 2] > 60)).sum())


def _estimate_skew(img: Image.Image) -> float:
    """Projection-profile skew estimate (degrees, PIL's counter-clockwise sign)."""
    g = 255 - _gray(img.convert("L").resize((img.width // 2, img.height // 2)))
    best, best_score = 0.0, -1.0
    for a in np.arange(-10, 10.01, 0.25):
        m = cv2.getRotationMatrix2D((g.shape[1] / 2, g.shape[0] / 2), -a, 1.0)
        r = cv2.warpAffine(g, m, (g.shape[1], g.shape[0]))
        score = float(np.var(r.sum(axis=1)))
        if score > best_score:
            best, best_score = float(a), score
    return best


# --- determinism -----------------------------------------------------------------------------
def test_same_seed_same_files_and_truth(tmp_path: Path) -> None:
    specs = [s for s in generate.SPECS if s.name in ("zh_sales_seal", "en_nda_skewed")]
    generate.generate(tmp_path / "a", seed=11, specs=specs)
    generate.generate(tmp_path / "b", seed=11, specs=specs)
    generate.generate(tmp_path / "c", seed=12, specs=specs)
    names = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert len(names) == 4
    for n in names:
        assert (tmp_path / "a" / n).read_bytes() == (tmp_path / "b" / n).read_bytes(), n
    assert (tmp_path / "a" / "zh_sales_seal.pdf").read_bytes() != (tmp_path / "c" / "zh_sales_seal.pdf").read_bytes()


def test_render_is_deterministic_and_text_matches_template() -> None:
    filled = templates.make_contract("lease", "en", np.random.default_rng(9))
    d1 = synth.render_document(filled.lines, lang="en", rng=np.random.default_rng(1), dpi=100)
    d2 = synth.render_document(filled.lines, lang="en", rng=np.random.default_rng(1), dpi=100)
    assert [np.asarray(i).tobytes() for i in d1.images] == [np.asarray(i).tobytes() for i in d2.images]
    assert d1.texts == d2.texts
    drawn = re.sub(r"\s+", "", "".join(d1.texts))
    for para in filled.lines[1:]:
        if para.startswith("@@") or not para:
            continue
        body = re.sub(r"^(## |== |>> )", "", para).replace("|", "")
        assert re.sub(r"\s+", "", body) in drawn, para


@pytest.mark.parametrize("font", ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                                  "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"])
def test_chinese_glosses_of_an_english_page_print_as_chinese(font: str) -> None:
    # DejaVu has no Han glyphs: the glosses are set in a CJK face, as a printer would, and OCR
    # reads them (not the empty boxes PIL draws for a missing glyph)
    import pytesseract

    doc = synth.render_document(["SALES CONTRACT", "Contract No. 合同编号: HN-2024-7895",
                                 "Legal Representative 法定代表人: Li Na"],
                                lang="en", rng=np.random.default_rng(5), dpi=200, font=font)
    read = re.sub(r"\s+", "", pytesseract.image_to_string(doc.images[0], lang="chi_sim+eng"))
    assert "合同编号" in read and "法定代表人" in read
    assert "HN-2024-7895" in read and "LegalRepresentative" in read


# --- wrapping -------------------------------------------------------------------------------
def test_chinese_wrap_keeps_punctuation_and_numbers_intact() -> None:
    font = synth.load_font(synth.ZH_FONTS[0][0], 30)
    text = "租金为每月人民币12,500.00元（大写：人民币壹万贰仟伍佰元整），本合同租期自2025年4月1日至2027年3月31日止。" * 4
    for width in range(500, 1300, 23):
        lines = synth.wrap_text(text, font, width, "zh")
        assert "".join(lines) == text
        assert all(ln[0] not in "，。）：；" for ln in lines[1:]), lines
        assert not any(ln.endswith("12,5") or ln.startswith("00.00") for ln in lines)
        assert all(font.getlength(ln) <= width + font.size for ln in lines)


def test_english_wrap_breaks_between_words() -> None:
    font = synth.load_font(synth.EN_FONTS[0][0], 28)
    text = "This Agreement is made and entered into as of March 18, 2025 by and between Northwind Logistics Ltd. and Bluepeak Analytics Inc."
    lines = synth.wrap_text(text, font, 600, "en")
    assert len(lines) > 2
    assert " ".join(lines) == text
    assert all(font.getlength(ln) <= 600 for ln in lines)


# --- degradations ----------------------------------------------------------------------------
def test_quarter_turns_swap_dimensions_and_are_reversible(page: Image.Image) -> None:
    rng = np.random.default_rng(0)
    r90, p = synth.degrade(page, "rot90", rng)
    assert r90.size == (page.height, page.width) and p == {"degrees_clockwise": 90}
    r180, _ = synth.degrade(page, "rot180", rng)
    assert r180.size == page.size
    assert not np.array_equal(np.asarray(r180), np.asarray(page))
    # 90° clockwise, undone by 90° counter-clockwise
    assert np.array_equal(np.asarray(r90.rotate(90, expand=True)), np.asarray(page))
    r270, _ = synth.degrade(page, "rot270", rng)
    assert np.array_equal(np.asarray(r270.rotate(270, expand=True)), np.asarray(page))


def test_skew_angle_is_measurable_and_page_kept_whole(page: Image.Image) -> None:
    out, p = synth.degrade(page, "skew", np.random.default_rng(5), {"angle_deg": 5.0})
    assert p["angle_deg"] == 5.0
    assert out.width > page.width and out.height > page.height
    assert abs(_estimate_skew(out) - 5.0) <= 0.5
    assert abs(_estimate_skew(page)) <= 0.25
    _, drawn = synth.degrade(page, "skew", np.random.default_rng(6))
    assert 1.5 <= abs(drawn["angle_deg"]) <= 8.0


def test_seal_adds_red_ink_but_text_underneath_stays_visible(page: Image.Image) -> None:
    assert _red_pixels(page) == 0
    g = _gray(page)
    ys, xs = np.nonzero(g < 80)
    center = (int(xs.mean()), int(ys.mean()))
    out, p = synth.degrade(page, "seal", np.random.default_rng(1), {"text": "苏州华信精密机械有限公司",
                                                                     "center": list(center)})
    assert _red_pixels(out) > 1500
    r = p["radius"]
    x0, y0 = center[0] - r, center[1] - r
    before = g[y0:y0 + 2 * r, x0:x0 + 2 * r] < 80
    after = _gray(out)[y0:y0 + 2 * r, x0:x0 + 2 * r]
    assert before.sum() > 100
    assert float(after[before].mean()) < 90  # text under the seal is still dark


def test_lighting_noise_blur_jpeg_change_the_image_as_expected(page: Image.Image) -> None:
    rng = np.random.default_rng(2)
    g = _gray(page)
    lit, _ = synth.degrade(page, "lighting", rng, {"strength": 0.5})
    blocks = _gray(lit)[: g.shape[0] // 4 * 4, : g.shape[1] // 4 * 4]
    means = [b.mean() for row in np.array_split(blocks, 4) for b in np.array_split(row, 4, axis=1)]
    assert max(means) - min(means) > 40  # uneven brightness
    noisy, p = synth.degrade(page, "noise", rng, {"sigma": 12.0})
    bg = g > 250
    # white paper clips the upper half of the noise: std of 255 - |N(0, s)| mixed with 255 ≈ 0.58 s
    assert 0.45 * 12 < float(_gray(noisy)[bg].std()) < 0.7 * 12
    blurred, _ = synth.degrade(page, "blur", rng, {"radius": 1.5})
    sharp = cv2.Laplacian(g, cv2.CV_32F).var()
    assert cv2.Laplacian(_gray(blurred), cv2.CV_32F).var() < 0.5 * sharp
    jp, p = synth.degrade(page, "jpeg", rng)
    assert 30 <= p["quality"] <= 50
    diff = np.abs(_gray(jp) - g)
    assert 0 < float(diff.mean()) < 10
    sp, _ = synth.degrade(page, "saltpepper", rng, {"amount": 0.01})
    changed = (np.asarray(sp.convert("L")) != np.asarray(page.convert("L"))).mean()
    assert 0.003 < changed < 0.011


def test_phone_photo_puts_page_on_darker_background(page: Image.Image) -> None:
    out, p = synth.degrade(page, "photo", np.random.default_rng(4))
    assert out.mode == "RGB" and out.width > page.width and out.height > page.height
    g = _gray(out)
    border = np.concatenate([g[:15].ravel(), g[-15:].ravel(), g[:, :15].ravel(), g[:, -15:].ravel()])
    centre = g[g.shape[0] // 3: g.shape[0] * 2 // 3, g.shape[1] // 3: g.shape[1] * 2 // 3]
    assert np.median(border) < np.median(centre) - 60
    with pytest.raises(ValueError):
        synth.degrade(page, "sepia", np.random.default_rng(0))


# --- templates -------------------------------------------------------------------------------
@pytest.mark.parametrize("key", sorted(templates.TEMPLATES))
def test_every_template_truth_is_printed_in_its_lines(key: tuple[str, str]) -> None:
    for seed in range(3):
        f = templates.make_contract(key[0], key[1], np.random.default_rng(seed))
        text = "\n".join(f.lines)
        t = f.truth
        assert t["contract_type"] == key[0] and t["language"] == key[1]
        assert t["contract_no"] in text
        for party in t["parties"]:
            assert party["name"] in text and party["role"] in ("party_a", "party_b", "party_c")
        if t["total_amount"]:
            v = Decimal(t["total_amount"]["value"])
            assert f"{v:,.2f}" in text
            if key[1] == "zh":
                assert t["amount_in_words"] == templates.zh_upper(v) and t["amount_in_words"] in text
        for k in ("signed_date", "effective_date", "expiry_date"):
            if t[k]:
                date.fromisoformat(t[k])
        if t["effective_date"] and t["expiry_date"]:
            assert t["effective_date"] < t["expiry_date"]


def test_uppercase_amounts() -> None:
    assert templates.zh_upper(Decimal("125000.00")) == "壹拾贰万伍仟元整"
    assert templates.zh_upper(Decimal("10050")) == "壹万零伍拾元整"
    assert templates.en_words_int(125_000) == "one hundred twenty-five thousand"


# --- the committed corpus --------------------------------------------------------------------
def test_corpus_covers_the_required_cases() -> None:
    truths = [json.loads(p.read_text(encoding="utf-8")) for p in TRUTHS]
    assert len(truths) >= 14
    assert {t["language"] for t in truths} == {"zh", "en"}
    assert len({t["contract_type"] for t in truths}) >= 6
    exts = {Path(t["file"]).suffix for t in truths}
    assert {".pdf", ".tiff", ".jpg", ".png"} <= exts
    assert any(t["pages"] > 1 and t["file"].endswith(".pdf") for t in truths)
    assert any(t["pages"] > 1 and t["file"].endswith(".tiff") for t in truths)
    kinds = {d["kind"] for t in truths for d in t["degradations"]}
    assert {"skew", "noise", "lighting", "seal", "rot90", "photo"} <= kinds
    assert any(t["blank_pages"] for t in truths)
    assert any("华信" in p["name"] for t in truths if t["language"] == "zh" for p in t["parties"])
    size = sum(p.stat().st_size for p in SAMPLES.iterdir() if p.is_file())
    assert size < 15 * 1024 * 1024


@pytest.mark.parametrize("truth_path", TRUTHS, ids=lambda p: p.name)
def test_sample_truth_is_valid(truth_path: Path) -> None:
    t = json.loads(truth_path.read_text(encoding="utf-8"))
    f = SAMPLES / t["file"]
    assert f.exists() and truth_path.name == f.stem + ".truth.json"
    assert t["language"] in ("zh", "en")
    assert t["contract_type"] in CONTRACT_TYPES
    assert t["pages"] == synth.count_pages(f) == len(t["text"])
    assert t["rotation"] in (0, 90, 180, 270)
    for k in ("signed_date", "effective_date", "expiry_date"):
        assert t[k] is None or date.fromisoformat(t[k])
    roles = [p["role"] for p in t["parties"]]
    assert roles[:2] == ["party_a", "party_b"] and len(set(roles)) == len(roles)
    if t["total_amount"] is not None:
        assert Decimal(t["total_amount"]["value"]) > 0 and len(t["total_amount"]["currency"]) == 3
    all_text = "\n".join(t["text"])
    assert t["contract_no"] in all_text
    for p in t["parties"]:
        assert p["name"] in all_text
    for b in t["blank_pages"]:
        assert t["text"][b - 1] == ""
    assert all(t["text"][i] for i in range(t["pages"]) if i + 1 not in t["blank_pages"])
    assert t["seal"] == any(d["kind"] == "seal" for d in t["degradations"])
    if f.suffix == ".pdf":
        with pikepdf.open(f) as pdf:
            box = [float(v) for v in pdf.pages[0].mediabox]
            w, h = box[2] - box[0], box[3] - box[1]
    else:
        with Image.open(f) as im:
            w, h = im.size
    assert (w > h) == (t["rotation"] in (90, 270))  # a quarter-turned page lies on its side
    if t["blank_pages"]:
        # the blank page really is blank: nothing but noise
        from pdf2image import convert_from_path

        b = t["blank_pages"][0]
        img = convert_from_path(str(f), dpi=50, first_page=b, last_page=b, grayscale=True)[0]
        assert (np.asarray(img) < 100).mean() < 0.002


# --- held-out set ----------------------------------------------------------------------------
def test_heldout_set_is_deterministic_valid_and_kept_apart() -> None:
    from benchmarks.heldout_templates import HELDOUT_KINDS, heldout_documents

    docs = heldout_documents(5, len(HELDOUT_KINDS))
    assert docs == heldout_documents(5, len(HELDOUT_KINDS))
    assert {(t["contract_type"], t["language"]) for _, t in docs} == set(HELDOUT_KINDS)
    for lines, t in docs:
        text = "\n".join(lines)
        assert t["contract_no"] in text
        assert all(p["name"] in text for p in t["parties"])
        if t["amount_in_words"]:
            assert t["amount_in_words"] in text
    # wording differs from the development templates: no shared title
    dev_titles = {templates.make_contract(c, lang, np.random.default_rng(s)).lines[0]
                  for (c, lang) in templates.TEMPLATES for s in range(4)}
    assert not dev_titles & {lines[0].replace(" ", "") for lines, _ in docs}
    for folder in ("extractors", "classifiers"):
        for py in (REPO / folder).rglob("*.py"):
            assert "heldout_templates" not in py.read_text(encoding="utf-8"), py
