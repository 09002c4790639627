"""Field extraction: parties, contract number, dates, amounts and the uppercase-amount check,
found by the spaCy pipelines of :mod:`extractors.fields.pipeline` in the OCR page texts."""

from __future__ import annotations

from datetime import date

from contracts_core.record import (
    Amount, AmountCheck, DateField, Fields, Party, Provenance, TextField,
)
from extractors.fields._common import clamp, norm_chars
from extractors.fields.amounts import pair_figure, pick_total
from extractors.fields.contract_no import pick_contract_number
from extractors.fields.dates import DateCand, effective_upon_signing, end_of_term
from extractors.fields.parties import resolve_parties
from extractors.fields.pipeline import get_nlp
from extractors.language import detect_language
from extractors.layout import PageText

__all__ = ["extract_fields", "analyze"]

_PAGE_SEP = "\n\n"


class _Locator:
    """Maps offsets of the joined document text back to pages, boxes and OCR confidence."""

    def __init__(self, pages: list[PageText]) -> None:
        self.pages = pages
        self.offsets: list[int] = []
        pos = 0
        for p in pages:
            self.offsets.append(pos)
            pos += len(p.text) + len(_PAGE_SEP)

    def _page(self, start: int) -> int:
        idx = 0
        for i, off in enumerate(self.offsets):
            if off <= start:
                idx = i
        return idx

    def source(self, start: int, end: int) -> Provenance:
        if not self.pages:
            return Provenance()
        i = self._page(start)
        p, off = self.pages[i], self.offsets[i]
        s, e = start - off, min(end - off, len(p.text))
        return Provenance(page=p.number, bbox=p.bbox_of(s, e))

    def ocr_factor(self, start: int, end: int) -> float:
        """0.7..1: a value read from low-confidence words is trusted less."""
        if not self.pages:
            return 1.0
        i = self._page(start)
        p, off = self.pages[i], self.offsets[i]
        conf = p.confidence_of(start - off, min(end - off, len(p.text)))
        return 1.0 if conf is None else 0.7 + 0.3 * clamp(conf)


def analyze(pages: list[PageText], language: str | None = None):  # type: ignore[no-untyped-def]
    """The processed spaCy ``Doc`` of the joined page texts (for inspection and debugging)."""
    text = _PAGE_SEP.join(norm_chars(p.text) for p in pages)
    lang = language or detect_language(text)
    return get_nlp(lang)(text)


def _best(cands: list[DateCand], kind: str) -> DateCand | None:
    best: DateCand | None = None
    for c in cands:
        if kind in c.kinds and (best is None or c.kinds[kind] > best.kinds[kind]):
            best = c
    return best


def extract_fields(pages: list[PageText], *, language: str | None = None) -> Fields:
    """Parties, contract number, signing/effective/expiry dates, amounts (the total marked) and
    the uppercase-amount check, each with a confidence and its page and box."""
    loc = _Locator(pages)
    doc = analyze(pages, language)
    text = doc.text
    f = Fields()

    def conf(c_conf: float, start: int, end: int) -> float:
        return round(clamp(c_conf * loc.ocr_factor(start, end)), 3)

    for c in resolve_parties(doc._.party_cands):
        f.parties.append(Party(role=c.role, name=c.name, confidence=conf(c.conf, c.start, c.end),
                               source=loc.source(c.start, c.end)))

    n = pick_contract_number(doc._.number_cands)
    if n is not None:
        f.contract_no = TextField(value=n.value, confidence=conf(n.conf, n.start, n.end),
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
        start_field = f.effective_date or f.signed_date
        if start_field is not None:
            term = doc._.term_cands[0]
            end: date = end_of_term(start_field.value, term)
            f.expiry_date = DateField(
                value=end, raw=text[term.start:term.end],
                confidence=round(min(start_field.confidence, conf(term.conf, term.start,
                                                                  term.end)) * 0.85, 3),
                source=loc.source(term.start, term.end))

    amounts = doc._.amount_cands
    total = pick_total(amounts)
    for a in amounts:
        is_total = a is total
        c = a.conf if (not is_total or a.total_cue) else a.conf * 0.75
        f.amounts.append(Amount(value=a.value, currency=a.currency, raw=a.raw, is_total=is_total,
                                confidence=conf(c, a.start, a.end),
                                source=loc.source(a.start, a.end)))

    checks = []
    for w in doc._.upper_amounts:
        fig = pair_figure(w, amounts, text, total)
        if fig is None:
            continue
        ok = w.value == fig.value
        checks.append((ok, fig is total, w, fig))
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
