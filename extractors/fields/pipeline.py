"""The spaCy pipelines: ``spacy.blank("zh")`` (character tokens) and ``spacy.blank("en")`` with
the contract components. Each component finds its candidates in ``doc.text``, keeps them in a
``Doc`` extension attribute and marks them as spans (``doc.spans[...]``); the last one sets
``doc.ents`` (ORG / PERSON, DATE, MONEY) from them."""


from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extractors.fields.amounts import find_amounts, find_upper_amounts
from extractors.fields.contract_no import find_contract_numbers
from extractors.fields.dates import find_dates, find_terms
from extractors.fields.parties import find_party_candidates

for _name in ("party_cands", "number_cands", "date_cands", "term_cands", "amount_cands",
              "upper_amounts", "signature_start"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

# words that open the signature block
SIGNATURE_MARKERS = [
    "盖章", "签章", "签字", "公章", "签名", "法定代表人或授权代表", "授权代表", "以下无正文",
    "IN WITNESS WHEREOF", "Signature", "Signed by", "Authorized Signatory", "Authorised Signatory",
    "For and on behalf of", "By:",
]


def _span(doc: Doc, start: int, end: int, label: str) -> Span | None:
    return doc.char_span(start, end, label=label, alignment_mode="expand")


def _mark(doc: Doc, key: str, items: list, label_of) -> None:  # type: ignore[no-untyped-def]
    spans = [s for c in items if (s := _span(doc, c.start, c.end, label_of(c))) is not None]
    doc.spans[key] = spans


@Language.factory("contract_layout")
class SignatureBlock:
    """Finds where the signature block starts (the first signature marker in the last half)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.matcher.add("SIGNATURE", [nlp.make_doc(t) for t in SIGNATURE_MARKERS])

    def __call__(self, doc: Doc) -> Doc:
        half = len(doc.text) // 2
        starts = [doc[s:e].start_char for _, s, e in self.matcher(doc)]
        tail = [s for s in starts if s >= half]
        doc._.signature_start = min(tail) if tail else None
        doc.spans["signature"] = [doc[s:e] for _, s, e in self.matcher(doc)
                                  if doc[s:e].start_char >= half]
        return doc


@Language.component("contract_parties")
def contract_parties(doc: Doc) -> Doc:
    doc._.party_cands = find_party_candidates(doc.text)
    _mark(doc, "parties", doc._.party_cands, lambda c: c.role)
    return doc


@Language.component("contract_number")
def contract_number(doc: Doc) -> Doc:
    doc._.number_cands = find_contract_numbers(doc.text)
    _mark(doc, "contract_no", doc._.number_cands, lambda c: "CONTRACT_NO")
    return doc


@Language.component("contract_dates")
def contract_dates(doc: Doc) -> Doc:
    doc._.date_cands = find_dates(doc.text, doc.lang_, doc._.signature_start)
    doc._.term_cands = find_terms(doc.text)
    _mark(doc, "dates", doc._.date_cands,
          lambda c: max(c.kinds, key=c.kinds.get).upper() if c.kinds else "DATE")
    _mark(doc, "terms", doc._.term_cands, lambda c: "TERM")
    return doc


@Language.component("contract_amounts")
def contract_amounts(doc: Doc) -> Doc:
    doc._.amount_cands = find_amounts(doc.text)
    doc._.upper_amounts = find_upper_amounts(doc.text)
    _mark(doc, "amounts", doc._.amount_cands, lambda c: "TOTAL" if c.total_cue else "MONEY")
    _mark(doc, "amount_words", doc._.upper_amounts, lambda c: "MONEY_WORDS")
    return doc


@Language.component("contract_entities")
def contract_entities(doc: Doc) -> Doc:
    spans = []
    for key, label in (("parties", "ORG"), ("dates", "DATE"), ("amounts", "MONEY"),
                       ("amount_words", "MONEY")):
        for s in doc.spans.get(key, []):
            spans.append(Span(doc, s.start, s.end, label=label))
    doc.ents = filter_spans(spans)
    return doc


@lru_cache(maxsize=2)
def get_nlp(lang: str) -> Language:
    """The pipeline for ``"zh"`` or ``"en"``, built once per process."""
    nlp = spacy.blank("zh" if lang == "zh" else "en")
    for name in ("contract_layout", "contract_parties", "contract_number", "contract_dates",
                 "contract_amounts", "contract_entities"):
        nlp.add_pipe(name)
    nlp.max_length = 5_000_000
    return nlp
