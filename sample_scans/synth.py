"""Synthetic contract scans: page rendering, red seals, scan/photo degradations, file writers.

Every random choice is drawn from the ``numpy.random.Generator`` passed in, so the same seed
gives the same pixels. The OCR-quality benchmark relies on :func:`render_pages`,
:func:`render_document` and :func:`degrade`; keep their signatures stable.

Line markup understood by the renderer (one list item = one paragraph or directive):

* ``lines[0]`` - the title, centred, bold, larger.
* ``""`` - a vertical gap between paragraphs.
* ``"## text"`` - a bold section heading.
* ``"== text"`` - a centred line (subtitle).
* ``">> text"`` - a right-aligned line (e.g. the contract number).
* ``"| a | b | c"`` - a table row (cells drawn in ruled columns; consecutive rows form a table).
* ``"left\\tright"`` - a two-column line (signature blocks).
* ``"@@SIGNATURE"`` - the signature block starts here; it is kept together on one page.
* ``"@@PAGEBREAK"`` - start a new page.
* ``"@@BLANK"`` - insert an entirely blank page (no page number) at this point.
* any other string - a body paragraph, wrapped per character for ``lang="zh"`` (with the
  usual line-start/line-end punctuation rules, Latin words and numbers kept whole) and per word
  for ``lang="en"``.

Ground-truth text of a page (:attr:`RenderedDoc.texts`) is the drawn lines joined by ``"\\n"``;
a two-column line or a table row is its parts joined by a single space. The page footer
("第 1 页 共 3 页" / "Page 1 of 3") is part of the page text. Blank pages have text ``""``.
"""

from __future__ import annotations

import io
import math
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, Sequence

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIRS = ("/usr/share/fonts/opentype/noto", "/usr/share/fonts/truetype/dejavu")
ZH_FONTS = (
    ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
     "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"),
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
     "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"),
)
EN_FONTS = (
    ("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
     "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"),
    ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
     "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"),
    ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
     "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
)
SEAL_FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
TTC_SC_INDEX = 2  # Noto CJK collections: JP, KR, SC, TC, HK

A4_INCHES = (8.27, 11.69)
WHITE = 255

# Characters that must not start / end a line in Chinese typesetting.
_NO_LINE_START = set("，。、；：？！）》」』】〕”’%,.;:?!)]}·…—")
_NO_LINE_END = set("（《「『【〔“‘([{¥$")
_LATIN_RUN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.,:/@&'_%+\-]*|\s+|.", re.S)

KINDS = ("skew", "rot90", "rot180", "rot270", "lighting", "noise", "blur", "jpeg", "seal",
         "photo", "saltpepper")


# --------------------------------------------------------------------------------------------
# fonts
# --------------------------------------------------------------------------------------------
def load_font(path: str, size: int) -> ImageFont.FreeTypeFont:
    """TrueType/OpenType font at ``size`` px; ``.ttc`` Noto CJK collections use the SC face."""
    index = TTC_SC_INDEX if path.endswith(".ttc") else 0
    return ImageFont.truetype(path, size, index=index)


_HAN_CHARS = r"\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"  # Han, CJK and full-width punctuation
_HAN_RUN = re.compile(rf"[{_HAN_CHARS}]+|[^{_HAN_CHARS}]+")


_HAS_HAN = re.compile(rf"[{_HAN_CHARS}]")


class HanFallback:
    """A Latin font (DejaVu has no Han glyphs) that sets Han characters and full-width
    punctuation in a CJK face on the same baseline, as a printer substitutes a font: a
    bilingual English contract's Chinese glosses ("Party A 甲方") print as Chinese, not as the
    empty boxes PIL would draw."""

    def __init__(self, latin: ImageFont.FreeTypeFont, han: ImageFont.FreeTypeFont) -> None:
        self.latin, self.han, self.size = latin, han, latin.size

    def runs(self, text: str) -> list[tuple[str, ImageFont.FreeTypeFont]]:
        return [(r, self.han if _HAS_HAN.match(r) else self.latin) for r in _HAN_RUN.findall(text)]

    def getlength(self, text: str) -> float:
        return sum(f.getlength(r) for r, f in self.runs(text))


Font = ImageFont.FreeTypeFont | HanFallback


def _text(d: ImageDraw.ImageDraw, xy: tuple[float, float], text: str, *, font: Font, fill: int) -> None:
    if isinstance(font, HanFallback) and not _HAS_HAN.search(text):
        font = font.latin  # (Latin only: drawn as before, pixel for pixel)
    if not isinstance(font, HanFallback):
        d.text(xy, text, font=font, fill=fill)
        return
    x, base = xy[0], xy[1] + font.latin.getmetrics()[0]
    for run, f in font.runs(text):
        d.text((x, base), run, font=f, fill=fill, anchor="ls")
        x += f.getlength(run)


def _bbox(d: ImageDraw.ImageDraw, xy: tuple[float, float], text: str, *,
          font: Font) -> tuple[int, int, int, int]:
    if isinstance(font, HanFallback) and not _HAS_HAN.search(text):
        font = font.latin
    if not isinstance(font, HanFallback):
        return d.textbbox(xy, text, font=font)
    x, base = xy[0], xy[1] + font.latin.getmetrics()[0]
    boxes = []
    for run, f in font.runs(text):
        boxes.append(d.textbbox((x, base), run, font=f, anchor="ls"))
        x += f.getlength(run)
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
            max(b[3] for b in boxes))


def _bold_of(path: str) -> str:
    for regular, bold in ZH_FONTS + EN_FONTS:
        if regular == path:
            return bold
    candidate = path.replace("-Regular", "-Bold").replace(".ttf", "-Bold.ttf")
    return candidate if Path(candidate).exists() and candidate != path else path


# --------------------------------------------------------------------------------------------
# layout
# --------------------------------------------------------------------------------------------
@dataclass
class DrawnLine:
    """One drawn line: its text (as in the page truth), kind and pixel box (x, y, w, h)."""

    text: str
    kind: str
    bbox: tuple[int, int, int, int]


@dataclass
class RenderedDoc:
    images: list[Image.Image]
    texts: list[str]
    lines: list[list[DrawnLine]]
    blank_pages: list[int] = field(default_factory=list)  # 1-based
    dpi: int = 200
    # text drawn where it cannot be read as written: (1-based page, line kind, what happened)
    overflows: list[tuple[int, str, str]] = field(default_factory=list)

    def find_line(self, needle: str, kind: str | None = None) -> tuple[int, DrawnLine] | None:
        """Last drawn line containing ``needle`` (0-based page index, line)."""
        found = None
        for p, page_lines in enumerate(self.lines):
            for ln in page_lines:
                if needle in ln.text and (kind is None or ln.kind == kind):
                    found = (p, ln)
        return found


@dataclass
class _Item:
    kind: str  # text | title | heading | center | right | cols | table | footer
    text: str
    parts: list[str] = field(default_factory=list)
    height: int = 0


def _tokens(text: str, lang: str) -> list[str]:
    if lang == "zh":
        return _LATIN_RUN.findall(text)
    return re.findall(r"\S+|\s+", text)


def wrap_text(text: str, font: Font, width: float, lang: str) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` px.

    ``zh``: any CJK character may end a line, Latin words/numbers stay whole, and closing
    punctuation never starts a line (it is pulled back onto the previous one). ``en``: words.
    """
    lines: list[str] = []
    cur = ""
    for tok in _tokens(text, lang):
        if tok.isspace() and not cur:
            continue
        trial = cur + tok
        if font.getlength(trial) <= width or not cur.strip():
            cur = trial
            continue
        if lang == "zh" and tok[0] in _NO_LINE_START:
            # kinsoku: closing punctuation never starts a line; carry CJK chars down with it
            rest, carry = cur, tok
            while carry[0] in _NO_LINE_START and len(rest) > 1 and not rest[-1].isascii():
                rest, carry = rest[:-1], rest[-1] + carry
            if carry[0] in _NO_LINE_START or not rest.strip():
                cur = trial  # cannot break here: let the punctuation hang in the margin
            else:
                lines.append(rest.rstrip())
                cur = carry
            continue
        if lang == "zh" and cur and cur[-1] in _NO_LINE_END:
            lines.append(cur[:-1].rstrip())
            cur = cur[-1] + tok.lstrip()
            continue
        lines.append(cur.rstrip())
        cur = tok.lstrip()
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


def _parse(lines: Sequence[str]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for i, raw in enumerate(lines):
        if i == 0:
            out.append(("title", raw))
        elif raw == "":
            out.append(("gap", ""))
        elif raw in ("@@SIGNATURE", "@@PAGEBREAK", "@@BLANK"):
            out.append((raw[2:].lower(), ""))
        elif raw.startswith("## "):
            out.append(("heading", raw[3:]))
        elif raw.startswith("== "):
            out.append(("center", raw[3:]))
        elif raw.startswith(">> "):
            out.append(("right", raw[3:]))
        elif raw.startswith("|"):
            out.append(("table", raw))
        elif "\t" in raw:
            out.append(("cols", raw))
        else:
            out.append(("text", raw))
    return out


def page_size(dpi: int) -> tuple[int, int]:
    return round(A4_INCHES[0] * dpi), round(A4_INCHES[1] * dpi)


def render_document(lines: Sequence[str], *, lang: str, rng: np.random.Generator,
                    dpi: int = 200, font: str | None = None) -> RenderedDoc:
    """Lay out and draw contract ``lines`` (see module markup) on white A4 RGB pages.

    Returns images, ground-truth text per page, per-line boxes and the blank pages.
    """
    if lang not in ("zh", "en"):
        raise ValueError(f"lang must be 'zh' or 'en', not {lang!r}")
    choices = ZH_FONTS if lang == "zh" else EN_FONTS
    regular, bold = choices[int(rng.integers(len(choices)))] if font is None else (font, _bold_of(font))
    pt = float(rng.uniform(11.0, 12.5)) if lang == "zh" else float(rng.uniform(10.5, 12.0))
    px = max(8, round(pt / 72 * dpi))
    title_px = round(px * float(rng.uniform(1.5, 1.8)))

    def face(path: str, size: int) -> Font:
        f = load_font(path, size)
        if path.endswith(".ttc"):
            return f
        cjk = ZH_FONTS[0 if "Serif" in path else 1][1 if "Bold" in path else 0]
        return HanFallback(f, load_font(cjk, size))

    f_body = face(regular, px)
    f_bold = face(bold, px)
    f_title = face(bold, title_px)
    f_foot = face(regular, round(px * 0.8))
    lead = px * (float(rng.uniform(1.55, 1.8)) if lang == "zh" else float(rng.uniform(1.4, 1.6)))

    width, height = page_size(dpi)
    mx = round(dpi * float(rng.uniform(0.85, 1.05)))
    top = round(dpi * float(rng.uniform(0.8, 1.0)))
    bottom = height - round(dpi * 0.9)
    text_w = width - 2 * mx

    # ---- pass 1: place items on pages ------------------------------------------------------
    pages: list[list[tuple[int, _Item]] | None] = [[]]  # None = blank page
    y = top
    parsed = _parse(lines)
    sig_start = next((i for i, (k, _) in enumerate(parsed) if k == "signature"), None)

    def block_height(items: list[tuple[str, str]]) -> float:
        h = 0.0
        for k, t in items:
            if k == "gap":
                h += lead * 0.6
            elif k == "text":
                h += lead * len(wrap_text(t, f_body, text_w, lang))
            elif k in ("heading", "center", "right", "cols", "table"):
                h += lead * (1.25 if k == "table" else 1.0)
        return h

    def new_page() -> None:
        nonlocal y
        pages.append([])
        y = top

    for idx, (k, t) in enumerate(parsed):
        cur = pages[-1]
        assert cur is not None
        if k == "pagebreak":
            new_page()
            continue
        if k == "blank":
            if cur:
                pages.append(None)
            else:
                pages[-1] = None
            new_page()
            continue
        if k == "signature":
            need = block_height(parsed[idx + 1:]) if sig_start is not None else 0
            if y + need > bottom and y > top:
                new_page()
            continue
        if k == "gap":
            if y > top:
                y += round(lead * 0.6)
            continue
        if k == "title":
            h = round(f_title.size * 2.2)
            cur.append((y, _Item("title", t, height=h)))
            y += h
            continue
        if k == "text":
            for wl in wrap_text(t, f_body, text_w, lang):
                if y + lead > bottom:
                    new_page()
                pages[-1].append((y, _Item("text", wl)))  # type: ignore[union-attr]
                y += round(lead)
            continue
        parts = [p.strip() for p in (t.strip("|").split("|") if k == "table" else t.split("\t"))]
        step = round(lead * (1.25 if k == "table" else 1.0))
        if k == "table" and parsed[idx - 1][0] != "table":
            y += round(lead * 0.35)  # room above the table's top rule
        if y + step > bottom:
            new_page()
        if k == "cols" and (len(parts) <= 2 and (f_body.getlength(parts[0]) > text_w * 0.5
                                                 or f_body.getlength(" ".join(parts[1:])) > text_w * 0.48)
                            or len(parts) > 2 and any(f_body.getlength(p) > text_w / len(parts) - px
                                                      for p in parts)):
            # columns would collide: stack the parts as separate lines instead
            for part in (p for p in parts if p):
                if y + step > bottom:
                    new_page()
                pages[-1].append((y, _Item("text", part)))  # type: ignore[union-attr]
                y += step
            continue
        text = " ".join(p for p in parts if p) if k in ("table", "cols") else t
        pages[-1].append((y, _Item(k, text, parts=parts, height=step)))  # type: ignore[union-attr]
        y += step
    if pages and pages[-1] == [] and len(pages) > 1:
        pages.pop()

    numbered = [i for i, p in enumerate(pages) if p is not None]
    total = len(numbered)

    # ---- pass 2: draw ----------------------------------------------------------------------
    images: list[Image.Image] = []
    texts: list[str] = []
    drawn: list[list[DrawnLine]] = []
    blank: list[int] = []
    overflows: list[tuple[int, str, str]] = []
    for pi, items in enumerate(pages):
        img = Image.new("RGB", (width, height), (WHITE, WHITE, WHITE))
        if items is None:
            images.append(img)
            texts.append("")
            drawn.append([])
            blank.append(pi + 1)
            continue
        d = ImageDraw.Draw(img)
        page_lines: list[DrawnLine] = []
        table_rows = [(yy, it) for yy, it in items if it.kind == "table"]
        ncols = max((len(it.parts) for _, it in table_rows), default=0)
        col_w = _table_columns(table_rows, f_body, text_w) if table_rows else []
        for yy, it in items:
            font_ = {"title": f_title, "heading": f_bold}.get(it.kind, f_body)
            if it.kind == "title":
                x = (width - font_.getlength(it.text)) / 2
                if font_.getlength(it.text) > text_w:
                    overflows.append((pi + 1, "title", "wider than the text block"))
                _text(d, (x, yy), it.text, font=font_, fill=0)
                bb = _bbox(d, (x, yy), it.text, font=font_)
            elif it.kind in ("center", "right"):
                w = font_.getlength(it.text)
                if w > text_w:
                    overflows.append((pi + 1, it.kind, "wider than the text block"))
                x = (width - w) / 2 if it.kind == "center" else width - mx - w
                _text(d, (x, yy), it.text, font=font_, fill=0)
                bb = _bbox(d, (x, yy), it.text, font=font_)
            elif it.kind == "cols":
                # two parts: the second at the page's middle; more: columns of equal width
                starts = [mx, mx + text_w * 0.52] if len(it.parts) <= 2 else \
                    [mx + text_w * i / len(it.parts) for i in range(len(it.parts))]
                bb = _bbox(d, (mx, yy), it.parts[0] or " ", font=font_)
                _text(d, (mx, yy), it.parts[0], font=font_, fill=0)
                for xr, part in zip(starts[1:], it.parts[1:]):
                    if part:
                        _text(d, (xr, yy), part, font=font_, fill=0)
                        bb2 = _bbox(d, (xr, yy), part, font=font_)
                        bb = (bb[0], min(bb[1], bb2[1]), bb2[2], max(bb[3], bb2[3]))
            elif it.kind == "table":
                x = mx
                row_h = it.height
                for ci in range(ncols):
                    cw = col_w[ci]
                    d.rectangle((x, yy - row_h * 0.18, x + cw, yy + row_h * 0.82), outline=0,
                                width=max(1, dpi // 120))
                    if ci < len(it.parts):
                        _text(d, (x + px * 0.4, yy), it.parts[ci], font=font_, fill=0)
                        if font_.getlength(it.parts[ci]) + px * 0.4 > cw:
                            overflows.append((pi + 1, "table", "cell text runs over its rule"))
                    x += cw
                bb = (mx, round(yy - row_h * 0.18), round(x - mx), round(row_h))
                bb = (bb[0], bb[1], bb[0] + bb[2], bb[1] + bb[3])
            else:
                _text(d, (mx, yy), it.text, font=font_, fill=0)
                bb = _bbox(d, (mx, yy), it.text or " ", font=font_)
            page_lines.append(DrawnLine(it.text, it.kind, _xywh(bb)))
        n = numbered.index(pi) + 1
        foot = f"第 {n} 页 共 {total} 页" if lang == "zh" else f"Page {n} of {total}"
        fx = (width - f_foot.getlength(foot)) / 2
        fy = height - round(dpi * 0.55)
        _text(d, (fx, fy), foot, font=f_foot, fill=0)
        page_lines.append(DrawnLine(foot, "footer", _xywh(_bbox(d, (fx, fy), foot, font=f_foot))))
        images.append(img)
        texts.append("\n".join(dl.text for dl in page_lines))
        drawn.append(page_lines)
    return RenderedDoc(images, texts, drawn, blank, dpi, overflows)


def _xywh(bb: tuple[float, float, float, float]) -> tuple[int, int, int, int]:
    x0, y0, x1, y1 = (round(v) for v in bb)
    return x0, y0, x1 - x0, y1 - y0


def _table_columns(rows: list[tuple[int, _Item]], font: Font,
                   text_w: int) -> list[float]:
    ncols = max(len(it.parts) for _, it in rows)
    need = [0.0] * ncols
    for _, it in rows:
        for i, p in enumerate(it.parts):
            need[i] = max(need[i], font.getlength(p) + font.size * 0.8)
    total = sum(need)
    scale = text_w / total if total > text_w else 1.0
    widths = [w * scale for w in need]
    spare = text_w - sum(widths)
    return [w + spare / ncols for w in widths]


def render_pages(lines: list[str], *, lang: str, rng: np.random.Generator, dpi: int = 200,
                 font: str | None = None) -> list[Image.Image]:
    """Page images (RGB, black on white, A4 at ``dpi``) for ``lines``.

    Use :func:`render_document` for the ground-truth text of each page as drawn.
    """
    return render_document(lines, lang=lang, rng=rng, dpi=dpi, font=font).images


# --------------------------------------------------------------------------------------------
# seal
# --------------------------------------------------------------------------------------------
def _star(cx: float, cy: float, r_out: float, rot: float) -> list[tuple[float, float]]:
    pts = []
    r_in = r_out * 0.382
    for i in range(10):
        r = r_out if i % 2 == 0 else r_in
        a = rot - math.pi / 2 + i * math.pi / 5
        pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    return pts


def add_seal(img: Image.Image, text: str, rng: np.random.Generator,
             center: tuple[int, int] | None = None, radius: int | None = None,
             bottom_text: str = "", color: tuple[int, int, int] = (214, 30, 36)) -> Image.Image:
    """Stamp a red round company seal over ``img`` (RGB out).

    Ring, ``text`` along the upper arc, five-pointed star in the middle, optional
    ``bottom_text`` (e.g. "合同专用章") under the star. Ink is uneven and multiplied onto the page,
    so text under the seal stays visible (darker, reddish) as on a real stamped contract.
    """
    base = img.convert("RGB")
    w, h = base.size
    if radius is None:
        radius = round(min(w, h) * float(rng.uniform(0.085, 0.1)))
    if center is None:
        center = (round(w * float(rng.uniform(0.25, 0.75))), round(h * float(rng.uniform(0.6, 0.85))))
    size = radius * 2 + 8
    ss = 2  # supersampling
    S = size * ss
    layer = Image.new("L", (S, S), 0)
    d = ImageDraw.Draw(layer)
    c = S / 2
    R = radius * ss
    ring = max(3, round(R * 0.06))
    d.ellipse((c - R, c - R, c + R, c + R), outline=255, width=ring)
    d.polygon(_star(c, c, R * 0.26, 0.0), fill=255)

    chars = list(text.replace(" ", "")) if any(ord(ch) > 0x2E80 for ch in text) else list(text)
    n = max(1, len(chars))
    span = math.radians(min(250.0, 40 + 16 * n))
    fsize = max(8, min(round(R * 0.26), round(2 * math.pi * R * 0.72 * (span / (2 * math.pi)) / n * 0.95)))
    fnt = load_font(SEAL_FONT, fsize)
    r_text = R - ring - fsize * 0.62
    for i, ch in enumerate(chars):
        a = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        tile = Image.new("L", (fsize * 2, fsize * 2), 0)
        ImageDraw.Draw(tile).text((fsize, fsize), ch, font=fnt, fill=255, anchor="mm")
        tile = tile.rotate(-math.degrees(a + math.pi / 2), resample=Image.BICUBIC)
        px_, py_ = c + r_text * math.cos(a), c + r_text * math.sin(a)
        layer.paste(255, (round(px_ - fsize), round(py_ - fsize)), tile)
    if bottom_text:
        bf = load_font(SEAL_FONT, max(8, round(R * 0.16)))
        d.text((c, c + R * 0.5), bottom_text, font=bf, fill=255, anchor="mm")
    layer = layer.rotate(float(rng.uniform(-25, 25)), resample=Image.BICUBIC)
    layer = layer.resize((size, size), Image.LANCZOS)

    # uneven ink: low-frequency pressure field times high-frequency speckle
    alpha = np.asarray(layer, dtype=np.float32) / 255.0
    coarse = rng.uniform(0.7, 1.0, size=(6, 6)).astype(np.float32)
    pressure = cv2.resize(coarse, (size, size), interpolation=cv2.INTER_CUBIC)
    speckle = rng.uniform(0.85, 1.0, size=alpha.shape).astype(np.float32)
    opacity = float(rng.uniform(0.8, 0.92))
    alpha = np.clip(alpha * pressure * speckle * opacity, 0, 1)

    arr = np.asarray(base, dtype=np.float32)
    x0, y0 = center[0] - size // 2, center[1] - size // 2
    sx0, sy0 = max(0, -x0), max(0, -y0)
    x0c, y0c = max(0, x0), max(0, y0)
    x1c, y1c = min(w, x0 + size), min(h, y0 + size)
    if x1c <= x0c or y1c <= y0c:
        return base
    a = alpha[sy0:sy0 + (y1c - y0c), sx0:sx0 + (x1c - x0c)][..., None]
    ink = np.array(color, dtype=np.float32) / 255.0
    region = arr[y0c:y1c, x0c:x1c]
    arr[y0c:y1c, x0c:x1c] = region * (1 - a + a * ink)  # multiply blend
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")


# --------------------------------------------------------------------------------------------
# degradations: f(img, rng, **params) -> img
# --------------------------------------------------------------------------------------------
def _fill(img: Image.Image) -> int | tuple[int, int, int]:
    return WHITE if img.mode == "L" else (WHITE, WHITE, WHITE)


def skew(img: Image.Image, rng: np.random.Generator, angle_deg: float | None = None) -> Image.Image:
    """Rotate by ``angle_deg`` (counter-clockwise positive, PIL convention), white fill,
    canvas expanded so the whole page stays visible."""
    if angle_deg is None:
        angle_deg = float(rng.uniform(1.5, 8.0) * rng.choice([-1, 1]))
    return img.rotate(angle_deg, resample=Image.BICUBIC, expand=True, fillcolor=_fill(img))


def rotate90(img: Image.Image, rng: np.random.Generator, k: int = 1) -> Image.Image:
    """Turn the page ``k`` quarter turns CLOCKWISE (k=1: 90°, 2: 180°, 3: 270°).

    The truth field ``rotation`` is the clockwise angle applied here; to restore the page,
    turn it ``rotation`` degrees counter-clockwise."""
    ops = {0: None, 1: Image.Transpose.ROTATE_270, 2: Image.Transpose.ROTATE_180,
           3: Image.Transpose.ROTATE_90}
    op = ops[k % 4]
    return img.copy() if op is None else img.transpose(op)


def _as_float(img: Image.Image) -> tuple[np.ndarray, str]:
    mode = "L" if img.mode == "L" else "RGB"
    return np.asarray(img.convert(mode), dtype=np.float32), mode


def _to_img(arr: np.ndarray, mode: str) -> Image.Image:
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), mode)


def _illumination(shape: tuple[int, int], rng: np.random.Generator, strength: float) -> np.ndarray:
    h, w = shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    theta = float(rng.uniform(0, 2 * math.pi))
    lin = (xx / w - 0.5) * math.cos(theta) + (yy / h - 0.5) * math.sin(theta)
    lin = (lin - lin.min()) / max(1e-6, float(lin.max() - lin.min()))
    cx, cy = float(rng.uniform(0, w)), float(rng.uniform(0, h))
    sig = float(rng.uniform(0.3, 0.6)) * max(w, h)
    blob = np.exp(-(((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * sig * sig)))
    shade = 0.6 * lin + 0.4 * (1 - blob)
    return 1.0 - strength * shade


def lighting_gradient(img: Image.Image, rng: np.random.Generator,
                      strength: float = 0.4) -> Image.Image:
    """Uneven illumination: a directional gradient plus a soft shadow; the darkest part of the
    page keeps ``1 - strength`` of its brightness."""
    arr, mode = _as_float(img)
    f = _illumination(arr.shape[:2], rng, strength)
    if arr.ndim == 3:
        f = f[..., None]
    return _to_img(arr * f, mode)


def gaussian_noise(img: Image.Image, rng: np.random.Generator, sigma: float = 12.0) -> Image.Image:
    arr, mode = _as_float(img)
    noise = rng.normal(0.0, sigma, size=arr.shape[:2]).astype(np.float32)
    if arr.ndim == 3:
        noise = noise[..., None]
    return _to_img(arr + noise, mode)


def blur(img: Image.Image, rng: np.random.Generator, radius: float = 1.2) -> Image.Image:
    return img.filter(ImageFilter.GaussianBlur(radius))


def jpeg(img: Image.Image, rng: np.random.Generator, quality: int = 40) -> Image.Image:
    """JPEG round-trip at ``quality`` (blocking/ringing artefacts)."""
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=int(quality))
    buf.seek(0)
    out = Image.open(buf)
    out.load()
    return out


def salt_pepper(img: Image.Image, rng: np.random.Generator, amount: float = 0.004) -> Image.Image:
    arr = np.array(img)
    h, w = arr.shape[:2]
    n = int(amount * h * w)
    ys, xs = rng.integers(0, h, n), rng.integers(0, w, n)
    vals = np.where(rng.random(n) < 0.5, 0, 255).astype(np.uint8)
    arr[ys, xs] = vals[:, None] if arr.ndim == 3 else vals
    return Image.fromarray(arr, img.mode)


def phone_photo(img: Image.Image, rng: np.random.Generator, strength: float = 0.5) -> Image.Image:
    """A phone photo of the page: perspective-warped onto a darker desk background, uneven
    lighting, slight blur and sensor noise. RGB out, canvas ~12% larger than the page."""
    src = np.asarray(img.convert("RGB"))
    h, w = src.shape[:2]
    W, H = round(w * 1.12), round(h * 1.12)
    bg_color = float(rng.uniform(70, 125)) * np.array([1.0, 0.84, 0.68])  # wooden desk
    canvas = np.empty((H, W, 3), np.float32)
    canvas[:] = bg_color
    grain = cv2.resize(rng.normal(0, 8, size=(H // 16, W // 16)).astype(np.float32), (W, H))
    canvas += grain[..., None]
    j = 0.06 * strength
    ox, oy = (W - w) / 2, (H - h) / 2
    corners = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = []
    for x, y in corners:
        dst.append([ox + x + float(rng.uniform(-j, j)) * w, oy + y + float(rng.uniform(-j, j)) * h])
    m = cv2.getPerspectiveTransform(corners, np.float32(dst))
    warped = cv2.warpPerspective(src, m, (W, H), flags=cv2.INTER_LINEAR,
                                 borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), m, (W, H),
                               flags=cv2.INTER_LINEAR)[..., None] / 255.0
    out = canvas * (1 - mask) + warped.astype(np.float32) * mask
    out *= (1.0 - 0.12 * strength)  # photos are never paper-white
    out *= _illumination((H, W), rng, 0.45 * strength + 0.1)[..., None]
    out = cv2.GaussianBlur(out, (0, 0), 0.6 + 0.8 * strength)
    out += rng.normal(0, 3 + 5 * strength, size=out.shape[:2]).astype(np.float32)[..., None]
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB")


DEGRADATIONS: dict[str, Callable[..., Image.Image]] = {
    "skew": skew, "rotate90": rotate90, "lighting": lighting_gradient, "noise": gaussian_noise,
    "blur": blur, "jpeg": jpeg, "photo": phone_photo, "saltpepper": salt_pepper,
}


def degrade(img: Image.Image, kind: str, rng: np.random.Generator,
            params: dict[str, Any] | None = None) -> tuple[Image.Image, dict[str, Any]]:
    """Apply one degradation ``kind`` with parameters drawn from ``rng`` (or given in ``params``).

    Kinds and ranges: ``skew`` angle_deg ±[1.5, 8]; ``rot90``/``rot180``/``rot270`` clockwise
    quarter turns; ``lighting`` strength [0.3, 0.55]; ``noise`` sigma [8, 18]; ``blur`` radius
    [0.8, 1.6]; ``jpeg`` quality [30, 50]; ``seal`` a red seal in the lower half (text
    ``params["text"]``, default a generic company name); ``photo`` strength [0.35, 0.7];
    ``saltpepper`` amount [0.002, 0.006]. Returns the new image and the parameters used
    (JSON-serialisable).
    """
    p = dict(params or {})
    if kind == "skew":
        p.setdefault("angle_deg", round(float(rng.uniform(1.5, 8.0) * rng.choice([-1, 1])), 2))
        return skew(img, rng, **p), p
    if kind in ("rot90", "rot180", "rot270"):
        p = {"k": {"rot90": 1, "rot180": 2, "rot270": 3}[kind]}
        return rotate90(img, rng, **p), {"degrees_clockwise": 90 * p["k"]}
    if kind == "lighting":
        p.setdefault("strength", round(float(rng.uniform(0.3, 0.55)), 3))
        return lighting_gradient(img, rng, **p), p
    if kind == "noise":
        p.setdefault("sigma", round(float(rng.uniform(8, 18)), 2))
        return gaussian_noise(img, rng, **p), p
    if kind == "blur":
        p.setdefault("radius", round(float(rng.uniform(0.8, 1.6)), 2))
        return blur(img, rng, **p), p
    if kind == "jpeg":
        p.setdefault("quality", int(rng.integers(30, 51)))
        return jpeg(img, rng, **p), p
    if kind == "photo":
        p.setdefault("strength", round(float(rng.uniform(0.35, 0.7)), 3))
        return phone_photo(img, rng, **p), p
    if kind == "saltpepper":
        p.setdefault("amount", round(float(rng.uniform(0.002, 0.006)), 4))
        return salt_pepper(img, rng, **p), p
    if kind == "seal":
        p.setdefault("text", "上海示例科技有限公司")
        w, h = img.size
        p.setdefault("center", [round(w * float(rng.uniform(0.3, 0.7))),
                                round(h * float(rng.uniform(0.55, 0.8)))])
        p.setdefault("radius", round(min(w, h) * float(rng.uniform(0.085, 0.1))))
        out = add_seal(img, p["text"], rng, center=tuple(p["center"]), radius=p["radius"])
        return out, p
    raise ValueError(f"unknown degradation kind {kind!r}; expected one of {KINDS}")


# --------------------------------------------------------------------------------------------
# writers
# --------------------------------------------------------------------------------------------
def _prep(pages: Sequence[Image.Image], grayscale: bool) -> list[Image.Image]:
    return [p.convert("L") if grayscale else p.convert("RGB") for p in pages]


def save_pdf(pages: Sequence[Image.Image], path: str | Path, *, dpi: int = 200,
             quality: int = 60, grayscale: bool = False,
             created: datetime | None = None) -> Path:
    """Multi-page PDF, one JPEG-compressed (DCTDecode) image per page, page size from ``dpi``.

    ``created`` is written as the creation/modification date (default: a fixed date, so the
    same pages always give the same bytes)."""
    imgs = _prep(pages, grayscale)
    path = Path(path)
    stamp = (created or datetime(2026, 1, 1, 9, 0, 0)).timetuple()
    imgs[0].save(path, "PDF", save_all=True, append_images=imgs[1:], resolution=float(dpi),
                 quality=quality, title=path.stem, creator="Scanner", producer="Scanner",
                 creationDate=stamp, modDate=stamp)
    return path


def save_tiff(pages: Sequence[Image.Image], path: str | Path, *, dpi: int = 200,
              compression: str = "tiff_deflate", grayscale: bool = False,
              quality: int = 60) -> Path:
    """Multi-page TIFF (``tiff_deflate``, ``jpeg``, ``tiff_lzw`` or ``group4`` for 1-bit)."""
    imgs = _prep(pages, grayscale)
    path = Path(path)
    kw: dict[str, Any] = {"compression": compression, "dpi": (dpi, dpi)}
    if compression == "jpeg":
        kw["quality"] = quality
    imgs[0].save(path, "TIFF", save_all=True, append_images=imgs[1:], **kw)
    return path


def save_jpeg(page: Image.Image, path: str | Path, *, dpi: int = 200, quality: int = 75,
              grayscale: bool = False) -> Path:
    path = Path(path)
    _prep([page], grayscale)[0].save(path, "JPEG", quality=quality, dpi=(dpi, dpi))
    return path


def save_png(page: Image.Image, path: str | Path, *, dpi: int = 200,
             grayscale: bool = False) -> Path:
    path = Path(path)
    _prep([page], grayscale)[0].save(path, "PNG", dpi=(dpi, dpi), optimize=True)
    return path


def count_pages(path: str | Path) -> int:
    """Real page count of a written file (PDF via pikepdf, TIFF frames, else 1)."""
    path = Path(path)
    if path.suffix.lower() == ".pdf":
        import pikepdf

        with pikepdf.open(path) as pdf:
            return len(pdf.pages)
    with Image.open(path) as im:
        return int(getattr(im, "n_frames", 1))
