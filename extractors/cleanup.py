"""Page cleanup before OCR (OpenCV): orientation, deskew, illumination, noise, binarisation,
black borders, red seals, blank pages.

Every step is a small pure function (image in, image out); :func:`clean_page` chains them. The
input image is never modified. Estimates (orientation, skew, borders, blankness) are made on a
downscaled copy so that cleanup stays cheap next to Tesseract.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from contracts_core.record import BBox

ROTATIONS = (0, 90, 180, 270)


@dataclass(frozen=True)
class CleanupSettings:
    work_size: int = 1600          # longest side of the downscaled copy used for estimates
    max_skew: float = 15.0         # degrees searched either way
    min_skew: float = 0.15         # below this the page is not rotated (saves a resample)
    detect_rotation: bool = True
    straighten_photos: bool = True  # cut the page out of a photo and undo the perspective
    seal_min_fraction: float = 0.0015  # red pixels / page pixels that count as a seal
    denoise: bool = True
    binarize: bool = False     # True: Otsu black/white; False: flattened clean gray
    blank_min_marks: int = 3       # fewer text-sized marks than this = blank page


@dataclass
class CleanResult:
    image: np.ndarray      # 2-D uint8 image for OCR, upright and deskewed
    upright: np.ndarray    # the colour page rotated/deskewed the same way (BGR uint8)
    rotation: int          # clockwise rotation applied: 0/90/180/270
    skew_angle: float      # degrees corrected (counter-clockwise tilt of the text lines)
    seal_found: bool
    blank: bool


# --------------------------------------------------------------------------------------------
# helpers
def to_gray(image: np.ndarray) -> np.ndarray:
    if image.ndim == 2:
        return image
    if image.ndim == 3 and image.shape[2] == 4:
        return cv2.cvtColor(image, cv2.COLOR_BGRA2GRAY)
    if image.ndim == 3 and image.shape[2] == 3:
        return cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    raise ValueError(f"unsupported image shape {image.shape}")


def to_bgr(image: np.ndarray) -> np.ndarray:
    if image.ndim == 2:
        return cv2.cvtColor(image, cv2.COLOR_GRAY2BGR)
    if image.shape[2] == 4:
        return cv2.cvtColor(image, cv2.COLOR_BGRA2BGR)
    return image


def downscale(image: np.ndarray, size: int) -> tuple[np.ndarray, float]:
    """A copy whose longest side is at most ``size``; returns (copy, scale factor)."""
    h, w = image.shape[:2]
    f = min(1.0, size / max(h, w))
    if f >= 1.0:
        return image.copy(), 1.0
    return cv2.resize(image, (max(1, round(w * f)), max(1, round(h * f))),
                      interpolation=cv2.INTER_AREA), f


def rotate90(image: np.ndarray, rotation: int) -> np.ndarray:
    """Rotate clockwise by 0/90/180/270 degrees (exact, no resampling)."""
    rotation %= 360
    if rotation == 0:
        return image
    codes = {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180,
             270: cv2.ROTATE_90_COUNTERCLOCKWISE}
    return cv2.rotate(image, codes[rotation])


def rotate_by(image: np.ndarray, angle: float, *, fill: int | tuple[int, ...] = 255,
              expand: bool = False) -> np.ndarray:
    """Rotate counter-clockwise by ``angle`` degrees about the centre, ``fill`` outside.

    ``expand``: grow the canvas so that the corners of the page are not cut off."""
    h, w = image.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2.0, h / 2.0), angle, 1.0)
    out_w, out_h = w, h
    if expand:
        cos, sin = abs(m[0, 0]), abs(m[0, 1])
        out_w, out_h = int(np.ceil(h * sin + w * cos)), int(np.ceil(h * cos + w * sin))
        m[0, 2] += (out_w - w) / 2.0
        m[1, 2] += (out_h - h) / 2.0
    if image.ndim == 3 and isinstance(fill, int):
        fill = (fill,) * image.shape[2]
    return cv2.warpAffine(image, m, (out_w, out_h), flags=cv2.INTER_LINEAR,
                          borderMode=cv2.BORDER_CONSTANT, borderValue=fill)


def crop_around(image: np.ndarray, box: BBox, pad: int) -> tuple[np.ndarray, int, int]:
    """The part of ``image`` under ``box`` with ``pad`` pixels around it (cut at the image's
    edges), and the page position of its top-left corner (x, y)."""
    x0, y0 = max(0, box.left - pad), max(0, box.top - pad)
    return image[y0:box.top + box.height + pad, x0:box.left + box.width + pad], x0, y0


def ink_mask(gray: np.ndarray) -> np.ndarray:
    """Binary mask (uint8 0/1) of dark ink on a flattened gray image (Otsu)."""
    thr, _ = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    thr = min(thr, 200.0)  # a near-empty page must not turn paper texture into ink
    return (gray < thr).astype(np.uint8)


# --------------------------------------------------------------------------------------------
# red seal
def red_mask(bgr: np.ndarray, *, min_excess: int = 45) -> np.ndarray:
    """uint8 0/1 mask of red ink: red clearly above both green and blue."""
    b, g, r = cv2.split(bgr)
    excess = cv2.subtract(r, cv2.max(g, b))
    return (excess >= min_excess).astype(np.uint8)


def suppress_red_seal(
    bgr: np.ndarray, *, min_fraction: float = CleanupSettings.seal_min_fraction
) -> tuple[np.ndarray, bool]:
    """Gray page with red seal ink turned into paper; black text under the seal stays.

    Where the ink is red the red channel is used as the gray value: red ink is bright in it,
    black (and black mixed with red) stays dark. Returns (gray, seal_found).
    """
    if bgr.ndim == 2:
        return bgr.copy(), False
    bgr = to_bgr(bgr)
    gray = to_gray(bgr)
    step = max(1, max(bgr.shape[:2]) // 800)
    m_small = red_mask(bgr[::step, ::step])
    frac = float(m_small.mean())
    if frac < 1e-4:
        return gray, False
    found = False
    if frac >= min_fraction:
        # a seal is a sizeable red shape, not a few red letters: check the biggest blob's extent
        closed = cv2.morphologyEx(m_small, cv2.MORPH_CLOSE, np.ones((5, 5), np.uint8))
        n, _, stats, _ = cv2.connectedComponentsWithStats(closed, connectivity=8)
        if n > 1:
            big = stats[1:, cv2.CC_STAT_WIDTH].max(), stats[1:, cv2.CC_STAT_HEIGHT].max()
            found = bool(min(big) >= 0.04 * max(m_small.shape[:2]))
    mask = red_mask(bgr, min_excess=30)
    if not mask.any():
        return gray, found
    mask = cv2.dilate(mask, np.ones((3, 3), np.uint8))
    r = bgr[:, :, 2]
    out = gray.copy()
    np.copyto(out, np.maximum(r, gray), where=mask.astype(bool))
    return out, found


# --------------------------------------------------------------------------------------------
# photographed pages
def find_page_quad(gray: np.ndarray, *, work_size: int = 600) -> np.ndarray | None:
    """Corners (tl, tr, br, bl; full-size pixel coords, float32) of a sheet of paper lying on a
    clearly darker background (phone photo, scanner lid), or None when the paper fills the image
    or no clean four-cornered outline is found."""
    step = max(1, max(gray.shape[:2]) // work_size)
    small = cv2.GaussianBlur(gray[::step, ::step], (5, 5), 0)
    thr, bright = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    bright = cv2.morphologyEx(bright, cv2.MORPH_CLOSE, np.ones((9, 9), np.uint8))
    contours, _ = cv2.findContours(bright, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    c = max(contours, key=cv2.contourArea)
    area = cv2.contourArea(c)
    total = small.shape[0] * small.shape[1]
    if not 0.3 * total <= area <= 0.93 * total:
        return None
    quad = cv2.approxPolyDP(c, 0.02 * cv2.arcLength(c, True), True)
    if len(quad) != 4 or not cv2.isContourConvex(quad):
        return None
    inside = np.zeros(small.shape, np.uint8)
    cv2.drawContours(inside, [quad], -1, 1, -1)
    inner, outer = small[inside == 1], small[inside == 0]
    if outer.size == 0 or float(np.median(outer)) > 0.75 * float(np.median(inner)):
        return None
    if not _sharp_outline(small, quad.reshape(4, 2)):
        return None  # light falling off across the page (a dark top half), not a paper's edge
    pts = quad.reshape(4, 2).astype(np.float32) * step
    s, d = pts.sum(axis=1), np.diff(pts, axis=1).ravel()
    return np.array([pts[np.argmin(s)], pts[np.argmin(d)], pts[np.argmax(s)], pts[np.argmax(d)]],
                    dtype=np.float32)


def _sharp_outline(small: np.ndarray, quad: np.ndarray, *, reach: int = 4, min_step: float = 25.0) -> bool:
    """Whether the outline's sides inside the image are a step from paper to background: the
    gray a few pixels inside each such side is clearly lighter than a few pixels outside. A
    threshold drawn across smooth uneven lighting has no step there."""
    h, w = small.shape[:2]
    steps: list[float] = []
    for a, b in zip(quad, np.roll(quad, -1, axis=0)):
        a, b = a.astype(np.float64), b.astype(np.float64)
        on_border = any(all(f(p) <= 3 for p in (a, b))  # both ends on the same side of the image
                        for f in (lambda p: p[0], lambda p: p[1], lambda p: w - 1 - p[0], lambda p: h - 1 - p[1]))
        length = float(np.linalg.norm(b - a))
        if on_border or length < 10:
            continue
        normal = np.array([-(b - a)[1], (b - a)[0]]) / length
        centre = quad.mean(axis=0)
        if np.dot(centre - (a + b) / 2, normal) < 0:
            normal = -normal  # pointing into the page
        for t in np.linspace(0.1, 0.9, 17):
            p = a + (b - a) * t
            pin, pout = p + normal * reach, p - normal * reach
            if not (0 <= pout[0] < w and 0 <= pout[1] < h and 0 <= pin[0] < w and 0 <= pin[1] < h):
                continue
            steps.append(float(small[int(pin[1]), int(pin[0])]) - float(small[int(pout[1]), int(pout[0])]))
    return not steps or float(np.median(steps)) >= min_step


def straighten_photo(bgr: np.ndarray) -> tuple[np.ndarray, bool]:
    """Cut a photographed / lid-framed page out of its background and undo the perspective.

    Returns (image, changed); the image is the input when no page outline was found."""
    quad = find_page_quad(to_gray(bgr))
    if quad is None:
        return bgr, False
    tl, tr, br, bl = quad
    w = int(round(max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl))))
    h = int(round(max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr))))
    target = np.array([[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]], dtype=np.float32)
    m = cv2.getPerspectiveTransform(quad, target)
    fill = (255,) * (bgr.shape[2] if bgr.ndim == 3 else 1)
    return cv2.warpPerspective(bgr, m, (w, h), flags=cv2.INTER_LINEAR,
                               borderMode=cv2.BORDER_CONSTANT, borderValue=fill), True


# --------------------------------------------------------------------------------------------
# borders
def border_mask(gray: np.ndarray, *, work_size: int = 800) -> np.ndarray:
    """Full-size uint8 0/1 mask of dark scanner borders / black margins touching the edges."""
    step = max(1, max(gray.shape[:2]) // work_size)
    m = _border_mask_small(gray[::step, ::step])
    if not m.any():
        return np.zeros(gray.shape, np.uint8)
    return cv2.resize(m, (gray.shape[1], gray.shape[0]), interpolation=cv2.INTER_NEAREST)


def _border_mask_small(small: np.ndarray) -> np.ndarray:
    h, w = small.shape
    paper = float(np.percentile(small, 90))
    dark = (small < 0.4 * paper).astype(np.uint8)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(dark, connectivity=8)
    keep = np.zeros(n, bool)
    for i in range(1, n):
        x, y, bw, bh, area = stats[i]
        touches = x == 0 or y == 0 or x + bw == w or y + bh == h
        long_side = bw >= 0.25 * w or bh >= 0.25 * h
        if touches and long_side and area >= 0.002 * w * h:
            keep[i] = True
    if not keep.any():
        return np.zeros(small.shape, np.uint8)
    m = keep[labels].astype(np.uint8)
    return cv2.dilate(m, np.ones((5, 5), np.uint8))


def remove_borders(gray: np.ndarray, *, work_size: int = 800) -> np.ndarray:
    """Paint black margins and scanner borders white (the page keeps its size)."""
    m = border_mask(gray, work_size=work_size)
    if not m.any():
        return gray.copy()
    out = gray.copy()
    out[m.astype(bool)] = 255
    return out


# --------------------------------------------------------------------------------------------
# illumination, noise, binarisation
def _background(small: np.ndarray, work_size: int = 600) -> np.ndarray:
    """Paper brightness of a (downscaled) gray page: text closed away, then smoothed."""
    tiny, _ = downscale(small, work_size)
    k = max(3, (max(tiny.shape) // 40) | 1)  # wider than a character, narrower than a shadow
    bg = cv2.morphologyEx(tiny, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
    bg = cv2.GaussianBlur(bg, (0, 0), k / 2.0)
    return np.maximum(bg, 1)


def _divide(gray: np.ndarray, bg: np.ndarray) -> np.ndarray:
    bg = cv2.resize(bg, (gray.shape[1], gray.shape[0]), interpolation=cv2.INTER_LINEAR)
    return cv2.divide(gray, bg, scale=255)


def flatten_illumination(gray: np.ndarray, *, small: np.ndarray | None = None) -> np.ndarray:
    """Divide by an estimate of the paper's brightness (shadows, uneven lighting, yellowed paper).

    ``small``: an optional downscaled copy of ``gray`` to estimate the background from.
    """
    return _divide(gray, _background(gray if small is None else small))


def noise_level(gray: np.ndarray) -> float:
    """Robust estimate of pixel noise (gray levels), from the paper's high frequencies."""
    small = gray[::2, ::2] if min(gray.shape) > 400 else gray
    lap = cv2.Laplacian(small, cv2.CV_16S, ksize=1)
    return float(np.median(np.abs(lap))) * 1.4826 / 2.0


def remove_specks(gray: np.ndarray, *, contrast: int = 60) -> np.ndarray:
    """Remove salt-and-pepper specks from a flattened page.

    Pepper: a dark pixel with at most one dark neighbour (single specks and pairs). Salt: a
    pixel much lighter than all eight neighbours. Thin strokes are kept, unlike with a median
    filter (a one-pixel stroke has two dark neighbours along it).
    """
    dark = (gray < 128).astype(np.uint8)
    dark_around = cv2.boxFilter(dark, cv2.CV_8U, (3, 3), normalize=False)  # includes the pixel
    pepper = (dark == 1) & (dark_around <= 2)
    ring = np.ones((3, 3), np.uint8)
    ring[1, 1] = 0
    salt = cv2.subtract(gray, cv2.dilate(gray, ring)) > contrast
    bad = pepper | salt
    if not bad.any():
        return gray.copy()
    out = gray.copy()
    med = cv2.medianBlur(gray, 3)
    out[bad] = med[bad]
    return out


def denoise(gray: np.ndarray, *, strength: float | None = None) -> np.ndarray:
    """Remove specks always; smooth sensor/scanner noise only when there is a lot of it.

    Gaussian noise of moderate level is left to Tesseract's own thresholding, which copes
    with it better than a median filter that thins 1-pixel strokes of small serif glyphs.
    """
    out = remove_specks(gray)
    level = noise_level(out) if strength is None else strength
    if level >= 25:
        out = cv2.GaussianBlur(out, (3, 3), 0)
    return out


def binarize(gray: np.ndarray) -> np.ndarray:
    """Black text on white (0/255) from a flattened gray page: Otsu's global threshold."""
    thr, _ = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    thr = min(thr, 200.0)
    return cv2.threshold(gray, thr - 0.5, 255, cv2.THRESH_BINARY)[1]


# --------------------------------------------------------------------------------------------
# skew and orientation
def _profile_score(xs: np.ndarray, ys: np.ndarray, angles: np.ndarray, length: int) -> np.ndarray:
    scores = np.empty(len(angles))
    for i, a in enumerate(np.deg2rad(angles)):
        proj = (ys * np.cos(a) + xs * np.sin(a)).astype(np.int64) + length
        prof = np.bincount(proj, minlength=2 * length + 1).astype(np.float64)
        scores[i] = float(np.sum(np.diff(prof) ** 2))
    return scores


def _ink_points(ink: np.ndarray, limit: int = 40_000, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    ys, xs = np.nonzero(ink)
    if len(xs) > limit:
        idx = np.random.default_rng(seed).choice(len(xs), limit, replace=False)
        xs, ys = xs[idx], ys[idx]
    return xs.astype(np.float64), ys.astype(np.float64)


def _best_angle(ink: np.ndarray, max_angle: float) -> tuple[float, float]:
    """(angle, score) of the text lines' counter-clockwise tilt that sharpens the row profile."""
    xs, ys = _ink_points(ink)
    if len(xs) < 50:
        return 0.0, 0.0
    length = int(np.hypot(*ink.shape)) + 2
    coarse = np.arange(-max_angle, max_angle + 1e-9, 0.5)
    s = _profile_score(xs, ys, coarse, length)
    a0 = float(coarse[int(np.argmax(s))])
    fine = np.arange(a0 - 0.5, a0 + 0.5 + 1e-9, 0.05)
    s2 = _profile_score(xs, ys, fine, length)
    i = int(np.argmax(s2))
    return float(fine[i]), float(s2[i])


def estimate_skew(gray: np.ndarray, *, max_angle: float = 15.0, work_size: int = 1600) -> float:
    """Counter-clockwise tilt (degrees) of the text lines of an upright page, within ±max_angle."""
    small, _ = downscale(gray, work_size)
    angle, _ = _best_angle(ink_mask(small), max_angle)
    return angle


def deskew(
    gray: np.ndarray, *, max_angle: float = 15.0, min_angle: float = 0.15,
    work_size: int = 1600,
) -> tuple[np.ndarray, float]:
    """Straighten the text lines; returns (image, angle corrected in degrees)."""
    angle = estimate_skew(gray, max_angle=max_angle, work_size=work_size)
    if abs(angle) < min_angle:
        return gray.copy(), 0.0
    return rotate_by(gray, -angle, expand=True), angle


def _lines(ink: np.ndarray) -> list[tuple[int, int]]:
    """Text line bands (top, bottom) from the row profile of a straight page."""
    prof = ink.sum(axis=1)
    on = prof > max(1, 0.02 * prof.max()) if prof.max() > 0 else np.zeros_like(prof, bool)
    bands, start = [], None
    for y, v in enumerate(on):
        if v and start is None:
            start = y
        elif not v and start is not None:
            bands.append((start, y))
            start = None
    if start is not None:
        bands.append((start, len(on)))
    if not bands:
        return []
    hs = np.array([b - a for a, b in bands])
    med = float(np.median(hs[hs >= 3])) if (hs >= 3).any() else 0
    return [(a, b) for a, b in bands if med and 0.5 * med <= b - a <= 2.5 * med]


def upright_score(ink: np.ndarray) -> float:
    """Evidence that a straight page (horizontal lines) is upright (>0) rather than upside down.

    Three cues that hold for Chinese and Latin text alike and flip sign when the page is turned
    by 180°:
    * isolated small marks (，。、 , . ; _) sit at the bottom of their line;
    * lines start at a common left margin; their right ends are ragged;
    * Latin ascenders and capitals stick out above the x-height more often than descenders
      below it.
    """
    bands = _lines(ink)
    if len(bands) < 2:
        return 0.0
    n, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    bottom = top = 0
    lefts, rights = [], []
    asc = desc = 0.0
    latin = 0  # lines with a visible x-height band
    # map each component to the band containing its centre
    cy = stats[:, cv2.CC_STAT_TOP] + stats[:, cv2.CC_STAT_HEIGHT] / 2.0
    band_of = np.full(n, -1)
    starts = np.array([a for a, _ in bands])
    ends = np.array([b for _, b in bands])
    idx = np.searchsorted(starts, cy, side="right") - 1
    ok = (idx >= 0) & (cy < ends[np.clip(idx, 0, None)])
    band_of[ok] = idx[ok]
    band_of[0] = -1
    for bi, (a, b) in enumerate(bands):
        lh = b - a
        strip = ink[a:b]
        cols = strip.sum(axis=0)
        nz = np.nonzero(cols)[0]
        if len(nz) == 0:
            continue
        lefts.append(nz[0])
        rights.append(nz[-1])
        rows = strip.sum(axis=1).astype(np.float64)
        core = rows >= 0.5 * rows.max()
        core_idx = np.nonzero(core)[0]
        c0, c1 = core_idx[0], core_idx[-1]
        if (c1 - c0 + 1) < 0.8 * lh:  # a visible x-height band: Latin-like line
            latin += 1
            asc += rows[:c0].sum()
            desc += rows[c1 + 1:].sum()
        marks: list[tuple[int, int, float]] = []  # (left, right, centre height in the line)
        for c in np.nonzero(band_of == bi)[0]:
            x, y, w, h, area = stats[c]
            if h > 0.35 * lh or w > 0.35 * lh or area < 2:
                continue
            own = (labels[y:y + h, x:x + w] == c).sum(axis=0)
            if (cols[x:x + w] - own).max() > 0:  # other ink above/below: i-dot, part of a glyph
                continue
            marks.append((int(x), int(x + w), (y + h / 2.0 - a) / lh))
        for i, (x0, x1, rel) in enumerate(marks):
            # two marks side by side are a quotation mark (“ ” " ' at the top of the line, „
            # or an upside-down one at the bottom) or an ellipsis: no cue either way
            if any(j != i and abs(rel - r) < 0.15 and min(abs(x0 - b), abs(a_ - x1)) < 0.3 * lh
                   for j, (a_, b, r) in enumerate(marks)):
                continue
            if rel > 0.6:
                bottom += 1
            elif rel < 0.4:
                top += 1
    score = 0.0
    if bottom + top >= 3:
        score += (bottom - top) / (bottom + top)
    if len(lefts) >= 3:
        tol = max(2.0, 0.01 * ink.shape[1])
        lefts_a, rights_a = np.array(lefts), np.array(rights)
        fl = float(np.mean(np.abs(lefts_a - np.median(lefts_a)) <= tol))
        fr = float(np.mean(np.abs(rights_a - np.median(rights_a)) <= tol))
        score += fl - fr
    if asc + desc > 0:
        # a cue of Latin lines: on a Chinese page the one or two lines that show a band
        # (a row of digits, a mis-cut line) tell little, so it counts by the share of such
        # lines, fully from half the page's lines on
        score += (asc - desc) / (asc + desc) * min(1.0, 2.0 * latin / len(bands))
    return score


def _gap_lengths(ink: np.ndarray) -> np.ndarray:
    """Lengths of the background runs between two ink pixels of the same row."""
    idx = np.flatnonzero(ink)
    if len(idx) < 2:
        return np.zeros(0, np.int64)
    w = ink.shape[1]
    d = np.diff(idx) - 1
    same_row = (idx[1:] // w) == (idx[:-1] // w)
    return d[same_row & (d > 0)]


def _lines_run_vertical(ink: np.ndarray) -> bool:
    """True when the text lines run top to bottom (page turned by 90 or 270 degrees).

    Across a text line the gaps between ink are the line spacing; along it they are the small
    gaps between strokes, characters and words. This holds for Han script set on a grid too,
    where projection profiles are sharp in both directions.
    """
    along_rows = _gap_lengths(ink)
    along_cols = _gap_lengths(np.ascontiguousarray(ink.T))
    if len(along_rows) < 20 or len(along_cols) < 20:
        return False
    return float(np.percentile(along_rows, 80)) > 1.2 * float(np.percentile(along_cols, 80))


def analyse_orientation(
    gray: np.ndarray, *, max_angle: float = 15.0, work_size: int = 1600
) -> tuple[int, float]:
    """(clockwise rotation that makes the page upright, skew of the upright page in degrees)."""
    small, _ = downscale(gray, work_size)
    ink = ink_mask(small)
    if int(ink.sum()) < 50:
        return 0, 0.0
    if _lines_run_vertical(ink):
        base, ink = 90, np.ascontiguousarray(np.rot90(ink, -1))  # clockwise: lines -> horizontal
    else:
        base = 0
    angle, _ = _best_angle(ink, max_angle)
    straight = rotate_by(ink * 255, -angle, fill=0) > 127 if abs(angle) >= 0.1 else ink
    straight = straight.astype(np.uint8)
    s0 = upright_score(straight)
    flipped = s0 < 0
    rotation = (base + (180 if flipped else 0)) % 360
    return rotation, angle  # a 180° turn keeps the tilt of a line


def detect_orientation(gray: np.ndarray, *, work_size: int = 1600) -> int:
    """Clockwise rotation (0/90/180/270) that makes the page's text upright."""
    return analyse_orientation(gray, work_size=work_size)[0]


# --------------------------------------------------------------------------------------------
# blank pages
def is_blank(gray: np.ndarray, *, min_marks: int = CleanupSettings.blank_min_marks,
             flattened: bool = False) -> bool:
    """True when the page carries no text-sized marks (specks, paper texture and shadows ignored).

    ``flattened``: the image already went through :func:`flatten_illumination`.
    """
    small, _ = downscale(gray, 1000)
    if not flattened:
        small = flatten_illumination(small)
    small = cv2.medianBlur(small, 3)
    thr, _ = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    ink = (small < min(thr, 160.0)).astype(np.uint8)
    n, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    if n <= 1:
        return True
    h = stats[1:, cv2.CC_STAT_HEIGHT]
    w = stats[1:, cv2.CC_STAT_WIDTH]
    area = stats[1:, cv2.CC_STAT_AREA]
    side = max(small.shape)
    marks = (np.maximum(h, w) >= 0.004 * side) & (np.maximum(h, w) <= 0.1 * side) & (area >= 6)
    return int(marks.sum()) < min_marks


# --------------------------------------------------------------------------------------------
def clean_page(bgr: np.ndarray, *, settings: CleanupSettings | None = None) -> CleanResult:
    """All the cleanup steps for one page image (BGR or gray uint8); the input is not modified."""
    s = settings or CleanupSettings()
    colour = to_bgr(bgr)
    if s.straighten_photos:
        colour, _ = straighten_photo(colour)
    gray, seal_found = suppress_red_seal(colour, min_fraction=s.seal_min_fraction)
    small, _ = downscale(gray, s.work_size)  # one downscaled copy for all the estimates
    borders = _border_mask_small(small)
    if borders.any():
        gray = gray.copy()
        gray[cv2.resize(borders, (gray.shape[1], gray.shape[0]),
                        interpolation=cv2.INTER_NEAREST).astype(bool)] = 255
        small[borders.astype(bool)] = 255
    bg = _background(small)
    gray = _divide(gray, bg)
    small = _divide(small, bg)
    if s.denoise:
        gray = denoise(gray)  # the downscaled copy is averaged enough for the estimates
    blank = is_blank(small, min_marks=s.blank_min_marks, flattened=True)
    if blank:  # nothing to turn or straighten by
        rotation, skew = 0, 0.0
    elif s.detect_rotation:
        rotation, skew = analyse_orientation(small, max_angle=s.max_skew, work_size=s.work_size)
    else:
        rotation, skew = 0, estimate_skew(small, max_angle=s.max_skew, work_size=s.work_size)
    gray = rotate90(gray, rotation)
    upright = rotate90(colour, rotation)
    if abs(skew) >= s.min_skew:
        gray = rotate_by(gray, -skew, expand=True)
        upright = rotate_by(upright, -skew, expand=True)
    else:
        skew = 0.0
    image = binarize(gray) if s.binarize else gray
    if upright is bgr:
        upright = upright.copy()
    return CleanResult(
        image=image, upright=upright, rotation=rotation, skew_angle=round(float(skew), 2),
        seal_found=seal_found, blank=blank,
    )
