"""Scoring extracted records against ground truth: precision, recall and F1 per field and
contract-type accuracy. Shared by the end-to-end test and the extraction benchmark."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal

from contracts_core.record import Record

FIELDS = ("parties", "contract_no", "signed_date", "effective_date", "expiry_date",
          "total_amount")


def norm_name(s: str) -> str:
    s = unicodedata.normalize("NFKC", s or "")
    s = re.sub(r"[\s,.，。、\"'“”‘’()（）]", "", s)
    return s.casefold()


def norm_no(s: str) -> str:
    return re.sub(r"[\s]", "", unicodedata.normalize("NFKC", s or "")).upper()


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, predicted: set, truth: set) -> None:
        self.tp += len(predicted & truth)
        self.fp += len(predicted - truth)
        self.fn += len(truth - predicted)

    def summary(self) -> dict[str, float | int]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Scorer:
    counts: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in FIELDS})
    types_right: int = 0
    documents: int = 0
    errors: list[dict] = field(default_factory=list)

    def add(self, name: str, record: Record | None, truth: dict) -> dict[str, set]:
        """Score one document; ``record`` None means it was not extracted at all."""
        pred = predicted_values(record) if record is not None else {f: set() for f in FIELDS}
        want = truth_values(truth)
        self.documents += 1
        if record is not None and record.contract_type.value == truth["contract_type"]:
            self.types_right += 1
        elif record is not None or truth.get("contract_type"):
            self.errors.append({"doc": name, "field": "contract_type", "want": truth["contract_type"],
                                "got": record.contract_type.value if record else None})
        for f in FIELDS:
            self.counts[f].add(pred[f], want[f])
            if pred[f] != want[f]:
                self.errors.append({"doc": name, "field": f, "want": sorted(map(str, want[f])),
                                    "got": sorted(map(str, pred[f]))})
        return pred

    def summary(self) -> dict:
        return {
            "documents": self.documents,
            "type_accuracy": round(self.types_right / self.documents, 4) if self.documents else 0.0,
            "fields": {f: c.summary() for f, c in self.counts.items()},
        }


def predicted_values(record: Record) -> dict[str, set]:
    f = record.fields
    total = f.total
    return {
        "parties": {(p.role, norm_name(p.name)) for p in f.parties},
        "contract_no": {norm_no(f.contract_no.value)} if f.contract_no else set(),
        "signed_date": {f.signed_date.value.isoformat()} if f.signed_date else set(),
        "effective_date": {f.effective_date.value.isoformat()} if f.effective_date else set(),
        "expiry_date": {f.expiry_date.value.isoformat()} if f.expiry_date else set(),
        "total_amount": ({(Decimal(total.value).quantize(Decimal("0.01")), total.currency)}
                         if total else set()),
    }


def truth_values(truth: dict) -> dict[str, set]:
    total = truth.get("total_amount")
    return {
        "parties": {(p["role"], norm_name(p["name"])) for p in truth.get("parties") or []},
        "contract_no": {norm_no(truth["contract_no"])} if truth.get("contract_no") else set(),
        "signed_date": {truth["signed_date"]} if truth.get("signed_date") else set(),
        "effective_date": {truth["effective_date"]} if truth.get("effective_date") else set(),
        "expiry_date": {truth["expiry_date"]} if truth.get("expiry_date") else set(),
        "total_amount": ({(Decimal(str(total["value"])).quantize(Decimal("0.01")),
                           total["currency"])} if total else set()),
    }
