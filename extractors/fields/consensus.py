"""Cross-checking the repeated mentions of a value against each other.

A party name is printed several times in a contract (the declaration, "（以下简称…）", the
signature block, the bank details' 户名) and a contract number often twice (header and
footer). OCR misreads a character in one mention and not in the others (鼎盛 → 易盛,
8643号 → 86435号); the reading that goes into the record is then chosen character by
character: every mention is aligned to the first reading, and each character (a substitution,
a dropped or an extra character) goes to the variant with the most OCR confidence behind it —
two mentions agreeing outweigh one, and a confident reading outweighs a doubtful one.

Pure functions on strings and per-character confidences; :mod:`extractors.fields` maps them
to the page words.
"""

from __future__ import annotations

import math

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable

from extractors.fields._common import is_han

# a character of the first reading wins a tie against another mention's
_FIRST_BONUS = 0.01
_DEFAULT_WEIGHT = 0.8  # a character whose confidence is unknown


@dataclass
class Reading:
    """One mention as read by OCR: its text and each character's confidence (0..100 or 0..1;
    None where unknown, e.g. a space between words)."""

    text: str
    confs: list[float | None] = field(default_factory=list)

    def weights(self) -> list[float]:
        """Per-character vote weights in (0, 1]; unknown ones get the reading's mean. The
        weight falls steeply with the confidence (e^(10(c-1))): one reading of 晟 at 0.94
        outweighs two of 屑 at 0.81, while readings of like confidence count by number."""
        known = [_unit(c) for c in self.confs if c is not None]
        fallback = sum(known) / len(known) if known else _DEFAULT_WEIGHT
        out = []
        for i in range(len(self.text)):
            c = self.confs[i] if i < len(self.confs) else None
            out.append(vote_weight(_unit(c) if c is not None else fallback))
        return out


def vote_weight(conf: float) -> float:
    """The vote of one reading of a character read with confidence ``conf`` (0..1): e^(10(c-1)),
    at least 0.005."""
    return max(0.005, math.exp(10.0 * (min(1.0, conf) - 1.0)))


def _unit(conf: float) -> float:
    return conf / 100.0 if conf > 1.0 else conf


def max_edits(value: str) -> int:
    """How many characters two readings of one value may differ by: 1 for short values, 2 from
    7 characters, 3 from 16 (an English company name)."""
    n = len(value)
    return 0 if n < 4 else 1 if n < 7 else 2 if n < 16 else 3


def levenshtein(a: str, b: str, limit: int | None = None, wild: str | None = None) -> int:
    """Edit distance of ``a`` and ``b``; stops early (returning ``limit + 1``) once it must
    exceed ``limit``. A ``wild`` character in ``a`` stands for any one character of ``b``."""
    if a == b:
        return 0
    if limit is not None and abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb and ca != wild)))
        if limit is not None and min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def _alignment(ref: str, other: str) -> list[tuple[int | None, int | None]]:
    """A minimal edit alignment: pairs (i in ref, j in other), None on the side that has no
    character (an insertion or a deletion)."""
    n, m = len(ref), len(other)
    d = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        d[i][0] = i
    for j in range(m + 1):
        d[0][j] = j
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1,
                          d[i - 1][j - 1] + (ref[i - 1] != other[j - 1]))
    out: list[tuple[int | None, int | None]] = []
    i, j = n, m
    while i or j:
        if i and j and d[i][j] == d[i - 1][j - 1] + (ref[i - 1] != other[j - 1]):
            out.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif i and d[i][j] == d[i - 1][j] + 1:
            out.append((i - 1, None))
            i -= 1
        else:
            out.append((None, j - 1))
            j -= 1
    out.reverse()
    return out


def vote(readings: list[Reading]) -> str:
    """The consensus of ``readings`` (the first one is the reference): per character of the
    reference the variant with the largest summed confidence, and likewise for characters
    some mentions have between two of its characters."""
    if not readings:
        return ""
    ref = readings[0].text
    if all(r.text == ref for r in readings):
        return ref
    n = len(ref)
    # per reference position: candidate character ("" = dropped) -> weight;
    # per gap 0..n (before position g): inserted text ("" = nothing) -> weight
    at: list[dict[str, float]] = [defaultdict(float) for _ in range(n)]
    gaps: list[dict[str, float]] = [defaultdict(float) for _ in range(n + 1)]
    for k, r in enumerate(readings):
        w = r.weights()
        bonus = _FIRST_BONUS if k == 0 else 0.0
        pairs = _alignment(ref, r.text)
        inserted: dict[int, tuple[str, list[float]]] = {}
        last_j = -1
        gap = 0  # the gap the next insertion falls into
        for i, j in pairs:
            if i is not None:
                if j is not None:
                    at[i][r.text[j]] += w[j] + bonus
                    last_j = j
                else:  # this mention lacks the character: weigh it by its neighbours
                    near = [w[x] for x in (last_j, last_j + 1) if 0 <= x < len(w)]
                    at[i][""] += (sum(near) / len(near) if near else _DEFAULT_WEIGHT) + bonus
                gap = i + 1
            else:
                assert j is not None
                text, ws = inserted.get(gap, ("", []))
                inserted[gap] = (text + r.text[j], ws + [w[j]])
                last_j = j
        for g in range(n + 1):
            if g in inserted:
                text, ws = inserted[g]
                gaps[g][text] += sum(ws) / len(ws) + bonus
            else:
                near = [w[x] for x in _gap_neighbours(pairs, g) if 0 <= x < len(w)]
                gaps[g][""] += (sum(near) / len(near) if near else _DEFAULT_WEIGHT) + bonus
    out: list[str] = []
    for g in range(n + 1):
        out.append(max(gaps[g].items(), key=lambda kv: kv[1])[0])
        if g < n:
            out.append(max(at[g].items(), key=lambda kv: kv[1])[0])
    return "".join(out)


def match_case(ref: str, other: str) -> str:
    """``other`` with the letters that equal ``ref``'s aligned ones but for case written as in
    ``ref`` (a signature block in capitals must not vote on the case of a name)."""
    if other == ref or other.casefold() == other.lower() == other.upper():
        return other
    out = list(other)
    for i, j in _alignment(ref.casefold(), other.casefold()):
        if i is not None and j is not None and ref[i].casefold() == other[j].casefold():
            out[j] = ref[i]
    return "".join(out)


def _gap_neighbours(pairs: list[tuple[int | None, int | None]], gap: int) -> list[int]:
    """Indexes in the other reading of the characters aligned next to reference gap ``gap``."""
    out = []
    for i, j in pairs:
        if i is not None and j is not None and i in (gap - 1, gap):
            out.append(j)
    return out


def _anchor_size(value: str) -> int:
    return 2 if any(is_han(c) for c in value) else 3


def find_mentions(text: str, value: str, *, max_dist: int | None = None,
                  key: Callable[[str], str] = str.casefold) -> list[tuple[int, int, int]]:
    """Non-overlapping ``(start, end, distance)`` of the passages of ``text`` that read like
    ``value`` within ``max_dist`` edits (default :func:`max_edits`), best first among
    overlapping ones, in text order. Candidates come from shared character n-grams, so the
    cost grows with the number of near matches, not with the length of ``text``."""
    limit = max_edits(value) if max_dist is None else max_dist
    if not value:
        return []
    v = key(value)
    t = key(text) if key is not str else text
    if len(t) != len(text):  # a case mapping that changes lengths: compare as printed
        v, t = value, text
    k = min(_anchor_size(value), len(v))
    grams: dict[str, list[int]] = defaultdict(list)
    for off in range(len(v) - k + 1):
        grams[v[off:off + k]].append(off)
    hits: dict[int, int] = defaultdict(int)
    for p in range(len(t) - k + 1):
        for off in grams.get(t[p:p + k], ()):
            hits[p - off] += 1
    # a reading within `limit` edits keeps at least this many of the value's n-grams, each at
    # a start shifted by at most `limit` (an inserted or dropped character shifts the rest)
    need = max(1, len(v) - k + 1 - k * limit)
    starts = sorted(s for s in hits
                    if sum(hits.get(x, 0) for x in range(s - limit, s + limit + 1)) >= need)
    clusters: list[list[int]] = []
    for s in starts:
        if clusters and s - clusters[-1][1] <= 1:
            clusters[-1][1] = s
        else:
            clusters.append([s, s])
    found: list[tuple[int, int, int]] = []
    for lo, hi in clusters:
        for s in range(max(0, lo - limit), min(len(t), hi + limit + 1)):
            best: tuple[int, int, int] | None = None
            for e in range(s + max(1, len(v) - limit), min(len(t), s + len(v) + limit) + 1):
                if "\n" in t[s:e] and "\n" not in v:
                    continue
                d = levenshtein(v, t[s:e], limit)
                if d <= limit and (best is None or (d, abs(e - s - len(v))) <
                                   (best[2], abs(best[1] - best[0] - len(v)))):
                    best = (s, e, d)
            if best is not None:
                found.append(best)
    # keep the best of overlapping matches
    found.sort(key=lambda f: (f[2], abs(f[1] - f[0] - len(v)), f[0]))
    kept: list[tuple[int, int, int]] = []
    for f in found:
        if all(f[1] <= g[0] or f[0] >= g[1] for g in kept):
            kept.append(f)
    return sorted(kept)
