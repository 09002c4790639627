"""Field extraction: parties, contract number, dates, amounts and the uppercase-amount check,
found by the spaCy pipelines of :mod:`extractors.fields.pipeline` in the OCR page texts."""

from __future__ import annotations

import re
from datetime import date
from statistics import median

from contracts_core.record import (
    Amount, AmountCheck, DateField, Fields, Party, Provenance, TextField,
)
from extractors.fields._common import clamp, is_han, norm_chars
from extractors.fields.amounts import pair_figure, pick_total, yuan_read_as_digit
from extractors.fields.consensus import (
    Reading, find_mentions, levenshtein, match_case, max_edits, vote,
)
from extractors.fields.contract_no import NumberCand, normalise_value, pick_contract_number
from extractors.fields.dates import (
    DateCand, effective_on_condition, effective_upon_signing, end_of_term, term_runs_from_event,
    term_start,
)
from extractors.fields.parties import (
    EN_ROLES, ZH_ROLES, PartyCand, repair_role_labels, resolve_parties,
)
from extractors.fields.pipeline import get_nlp
from extractors.language import detect_language
from extractors.layout import PageText

__all__ = ["extract_fields", "analyze"]

_PAGE_SEP = "\n\n"


class _Locator:
    """The document text the extractors read, and the way back from its offsets to pages, boxes
    and OCR confidence.

    Pages are joined by a blank line. A line that runs to the right margin and continues on the
    next line (a paragraph wrapped by the typesetter) is joined to it — with nothing between two
    Han characters, else with one space — so that a name, a date or an amount broken across two
    lines reads whole. ``self.map[i]`` is the page and offset of character ``i``.
    """

    def __init__(self, pages: list[PageText]) -> None:
        self.pages = pages
        parts: list[str] = []
        self.map: list[tuple[int, int]] = []
        for i, p in enumerate(pages):
            if i:
                parts.append(_PAGE_SEP)
                self.map.extend([(i - 1, len(pages[i - 1].text))] * len(_PAGE_SEP))
            text = norm_chars(p.text)
            soft = soft_wraps(p)
            for k, ch in enumerate(text):
                if k in soft:
                    joint = soft[k]
                    if joint:
                        parts.append(joint)
                        self.map.append((i, k))
                    continue
                parts.append(ch)
                self.map.append((i, k))
        # role labels OCR misread in one character, spelt right (offsets unchanged)
        self.text = repair_role_labels("".join(parts), lambda k: (self.char_confs(k, k + 1) or [None])[0])

    def _span(self, start: int, end: int) -> tuple[int, int, int]:
        start = min(max(start, 0), len(self.map) - 1)
        end = min(max(end, start + 1), len(self.map))
        i, s = self.map[start]
        j, e = self.map[end - 1]
        if j != i:
            e = len(self.pages[i].text) - 1
        return i, s, e + 1

    def source(self, start: int, end: int) -> Provenance:
        if not self.pages or not self.map:
            return Provenance()
        i, s, e = self._span(start, end)
        p = self.pages[i]
        return Provenance(page=p.number, bbox=p.bbox_of(s, e))

    def char_confs(self, start: int, end: int) -> list[float | None]:
        """The OCR confidence of the word under each character of ``[start, end)`` (None for a
        space, a line join or a page break)."""
        out: list[float | None] = []
        for k in range(max(0, start), min(end, len(self.map))):
            i, off = self.map[k]
            words = self.pages[i].words_in(off, off + 1)
            out.append(min(w.conf for w in words) if words else None)
        return out

    def ocr_factor(self, start: int, end: int) -> float:
        """0.7..1: a value read from low-confidence words is trusted less."""
        if not self.pages or not self.map:
            return 1.0
        i, s, e = self._span(start, end)
        conf = self.pages[i].confidence_of(s, e)
        return 1.0 if conf is None else 0.7 + 0.3 * clamp(conf)


# a line that starts a new item: a clause or list number, a label with a colon, a heading
_ITEM_START = re.compile(
    r"^\s*(?:第[一二三四五六七八九十百\d]+[条章款节]|[(（]?[\d一二三四五六七八九十]{1,3}[)）.、]|"
    r"[(（][A-Za-z][)）]|[A-Za-z]\)|[^\s:：]{1,16}\s?[:：]|(?:IN\s+WITNESS|WHEREAS|NOW,?\s+THEREFORE)\b)",
    re.IGNORECASE)
_ENDS_ITEM = re.compile(r"[。！？；;:：]\s*$|(?<![A-Z][a-z])(?<!\b[A-Z])(?<!\bCo)(?<!\bNo)\.\s*$")
# a line that starts with a party role ("Party B …", "承租人 …", "For the Buyer")
_ROLE_START = re.compile(
    r"^\s*(?:for\s+(?:and\s+on\s+behalf\s+of\s+)?)?(?:the\s+)?(?:"
    + "|".join(re.escape(r) for r in sorted([*ZH_ROLES, *EN_ROLES], key=len, reverse=True))
    + r")(?![a-z])", re.IGNORECASE)


def soft_wraps(page: PageText) -> dict[int, str]:
    """Offsets of the line breaks of ``page`` that only wrap a paragraph, each with the text
    that replaces it ("" between Han characters, else " ")."""
    text = page.text
    lines: list[tuple[int, int, int, int, int]] = []  # start, end, left, right, top
    pos = 0
    for ln in text.split("\n"):
        ws = page.words_in(pos, pos + len(ln)) if ln.strip() else []
        if ws:
            lines.append((pos, pos + len(ln), min(w.bbox.left for w in ws),
                          max(w.bbox.left + w.bbox.width for w in ws), min(w.bbox.top for w in ws)))
        else:
            lines.append((pos, pos + len(ln), -1, -1, -1))
        pos += len(ln) + 1
    boxed = [ln for ln in lines if ln[2] >= 0]
    if len(boxed) < 6:  # too few lines to know where the margins are
        return {}
    left = sorted(ln[2] for ln in boxed)[len(boxed) // 10]
    right = max(ln[3] for ln in boxed)
    width = max(1, right - left)
    # the page's usual distance from one line to the next: the lines of a wrapped paragraph
    # follow at it; a heading, a letterhead or the next item stands further off (the blank
    # line of the typescript, which OCR does not give back)
    pitches = [b[4] - a[4] for a, b in zip(lines, lines[1:]) if a[2] >= 0 and b[2] >= 0 and b[4] > a[4]]
    pitch = float(median(pitches)) if pitches else 0.0
    out: dict[int, str] = {}
    for (s, e, lo, hi, top), (s2, e2, lo2, _, top2) in zip(lines, lines[1:]):
        if lo < 0 or lo2 < 0 or e >= len(text) or "   " in text[s:e] or "   " in text[s2:e2]:
            continue
        if pitch and top2 - top > 1.4 * pitch:
            continue
        if text[s2:e2].startswith((":", "：")) and 0 < len(text[s:e].strip()) <= 30 \
                and not text[s:e].rstrip().endswith((":", "：")):
            out[e] = ""  # "PO No." over ": PO/HYD/2024-25/0412": a label and its value
            continue
        first = page.words_in(s2, e2)[:1]
        next_w = first[0].bbox.width if first else 0
        # a full line, and the next line's first word would not have fitted on it
        full = hi - left >= 0.78 * width and hi - left + next_w >= 0.85 * width
        # a paragraph line starts at the margin (or a first-line indent): a right-aligned
        # line ("合同编号：…" at the top right) reaches the right edge without wrapping
        if not full or lo - left > 0.12 * width or lo2 - left > 0.06 * width \
                or _ENDS_ITEM.search(text[s:e]) \
                or _ITEM_START.match(text[s2:e2]) or _ROLE_START.match(text[s2:e2]):
            continue
        a, b = text[e - 1], text[s2] if s2 < len(text) else ""
        if a == "-" and e >= 2 and text[e - 2].isalpha() and b.isalpha():
            out[e] = ""  # a word hyphenated at the line's end ("VANCE-" / "LINDQVIST")
            continue
        out[e] = "" if (is_han(a) or not a.isascii()) and (is_han(b) or not b.isascii()) else " "
    return out


def analyze(pages: list[PageText], language: str | None = None):  # type: ignore[no-untyped-def]
    """The processed spaCy ``Doc`` of the joined page texts (for inspection and debugging)."""
    return _analyze(_Locator(pages), language)


def _analyze(loc: _Locator, language: str | None):  # type: ignore[no-untyped-def]
    lang = language or detect_language(loc.text)
    return get_nlp(lang)(loc.text)


def _cross_check_party(loc: _Locator, party: PartyCand, others: list[PartyCand]) -> str:
    """The name of ``party`` agreed by its mentions across the document (signature block, bank
    details …): OCR readings within a few characters of the chosen one vote per character,
    weighted by their word confidences. Another party's name too close to tell apart turns the
    cross-check off."""
    name, text = party.name, loc.text
    limit = max_edits(name)
    if not limit or any(levenshtein(name, o.name, 2 * limit) <= 2 * limit for o in others):
        return name
    own = text[party.start:party.end] == name
    readings = [Reading(name, loc.char_confs(party.start, party.end) if own else [])]
    for s, e, _ in find_mentions(text, name, max_dist=limit):
        if s < party.end and e > party.start:
            continue  # the chosen reading itself
        mention = match_case(name, text[s:e])
        d = levenshtein(mention, name)
        if any(levenshtein(mention.casefold(), o.name.casefold(), d) <= d for o in others):
            continue
        readings.append(Reading(mention, loc.char_confs(s, e)))
    return vote(readings) if len(readings) > 1 else name


def _value_confs(loc: _Locator, c: NumberCand) -> list[float | None]:
    """The confidence of each character of a normalised contract-number value (its raw text
    without the spaces)."""
    raw = loc.text[c.start:c.end]
    confs = loc.char_confs(c.start, c.end)
    kept = [conf for ch, conf in zip(raw, confs) if not ch.isspace()]
    return kept[:len(c.value)] if len(kept) >= len(c.value) else []


def _cross_check_number(loc: _Locator, chosen: NumberCand, cands: list[NumberCand]) -> str:
    """The contract number agreed by its labelled mentions (header and footer): values within
    one or two characters of the chosen one vote per character by OCR confidence. A number
    printed as another contract's (an amendment's original) has a low candidate confidence and
    does not vote."""
    value = chosen.value
    limit = min(2, max_edits(value))
    readings = [Reading(value, _value_confs(loc, chosen))]
    for o in cands:
        if o.start == chosen.start or o.conf < 0.5:
            continue
        if 0 < levenshtein(o.value, value, limit) <= limit or o.value == value:
            readings.append(Reading(o.value, _value_confs(loc, o)))
    if len(readings) < 2:
        return value
    agreed, _ = normalise_value(vote(readings))
    return agreed or value


def _best(cands: list[DateCand], kind: str) -> DateCand | None:
    """The candidate most likely of this kind. Two signing dates equally likely (each party
    signs on its own day) give the later: the contract is concluded when the last party signs."""
    best: DateCand | None = None
    for c in cands:
        if kind in c.kinds and (best is None or c.kinds[kind] > best.kinds[kind] + 1e-9
                                or (kind == "signed" and abs(c.kinds[kind] - best.kinds[kind]) <= 1e-9
                                    and c.value > best.value)):
            best = c
    return best


def extract_fields(pages: list[PageText], *, language: str | None = None) -> Fields:
    """Parties, contract number, signing/effective/expiry dates, amounts (the total marked) and
    the uppercase-amount check, each with a confidence and its page and box."""
    loc = _Locator(pages)
    doc = _analyze(loc, language)
    text = doc.text
    f = Fields()

    def conf(c_conf: float, start: int, end: int) -> float:
        return round(clamp(c_conf * loc.ocr_factor(start, end)), 3)

    parties = resolve_parties(doc._.party_cands)
    for c in parties:
        name = _cross_check_party(loc, c, [o for o in parties if o is not c])
        f.parties.append(Party(role=c.role, name=name, confidence=conf(c.conf, c.start, c.end),
                               source=loc.source(c.start, c.end)))

    n = pick_contract_number(doc._.number_cands)
    if n is not None:
        value = _cross_check_number(loc, n, doc._.number_cands)
        f.contract_no = TextField(value=value, confidence=conf(n.conf, n.start, n.end),
                                  source=loc.source(n.start, n.end))

    dates = doc._.date_cands

    def as_field(c: DateCand, kind: str, factor: float = 1.0) -> DateField:
        return DateField(value=c.value, raw=c.raw,
                         confidence=conf(c.kinds.get(kind, 0.5) * factor, c.start, c.end),
                         source=loc.source(c.start, c.end))

    signed = _best(dates, "signed")
    effective = _best(dates, "effective")
    expiry = _best(dates, "expiry")
    if signed is not None:
        f.signed_date = as_field(signed, "signed")
    if effective is not None:
        f.effective_date = as_field(effective, "effective")
    elif signed is not None and effective_upon_signing(text):
        f.effective_date = as_field(signed, "signed", 0.85)
    if expiry is not None:
        f.expiry_date = as_field(expiry, "expiry")
    elif doc._.term_cands:
        term = doc._.term_cands[0]
        own = term_start(text, term, dates)
        # a term from an effectiveness that waits on an event (a payment, an approval) has
        # no start on paper: no expiry from the signing date then
        start_field = as_field(own, "effective") if own is not None else (
            None if term_runs_from_event(text, term) else
            f.effective_date or (None if effective_on_condition(text) else f.signed_date))
        if own is not None and f.effective_date is None:
            f.effective_date = start_field
        if start_field is not None:
            end: date = end_of_term(start_field.value, term)
            f.expiry_date = DateField(
                value=end, raw=text[term.start:term.end],
                confidence=round(min(start_field.confidence, conf(term.conf, term.start,
                                                                  term.end)) * 0.85, 3),
                source=loc.source(term.start, term.end))

    amounts = doc._.amount_cands
    total = pick_total(amounts)
    # each uppercase amount with the figures it restates
    pairs = [(w, fig) for w in doc._.upper_amounts
             if (fig := pair_figure(w, amounts, text, total)) is not None]
    for w, fig in pairs:
        # "¥3,115,900.00" read as "83,115,900.00": the uppercase amount says what the
        # figures were, and the extra leading digit was the currency sign
        repaired = yuan_read_as_digit(fig, w)
        if repaired is not None:
            fig.value, fig.conf = repaired, round(fig.conf * 0.8, 3)
    for a in amounts:
        is_total = a is total
        c = a.conf if (not is_total or a.total_cue) else a.conf * 0.75
        f.amounts.append(Amount(value=a.value, currency=a.currency, raw=a.raw, is_total=is_total,
                                confidence=conf(c, a.start, a.end),
                                source=loc.source(a.start, a.end)))

    checks = []
    for w, fig in pairs:
        checks.append((w.value == fig.value, fig is total, w, fig))
    if checks:
        # a mismatch anywhere is what a reviewer must see; else the check of the total
        checks.sort(key=lambda t: (t[0], not t[1]))
        ok, _, w, fig = checks[0]
        f.amount_in_words_matches = AmountCheck(
            value=ok, words=w.words, words_value=w.value if w.value >= 0 else None,
            figures_value=fig.value,
            confidence=conf(min(w.conf, fig.conf), w.start, w.end),
            source=loc.source(w.start, w.end))
    return f
