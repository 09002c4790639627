"""The record: one typed model per document, the same in the archive (``record.json``),
the search index and the CLI's ``--json`` output."""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal
from enum import Enum
from typing import Literal

from pydantic import BaseModel, Field

CONTRACT_TYPES: dict[str, str] = {
    # type -> archive-number code
    "sales": "XS",
    "purchase": "CG",
    "service": "FW",
    "lease": "ZL",
    "employment": "LD",
    "nda": "BM",
    "loan": "JK",
    "license": "XK",
    "framework": "KJ",
    "supplementary": "BC",
    "other": "QT",
}

ContractType = Literal[
    "sales", "purchase", "service", "lease", "employment", "nda", "loan", "license",
    "framework", "supplementary", "other",
]


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class BBox(BaseModel):
    """Pixel box on the page image as OCR read it (after cleanup): left, top, width, height."""

    left: int
    top: int
    width: int
    height: int

    def union(self, other: "BBox") -> "BBox":
        x0, y0 = min(self.left, other.left), min(self.top, other.top)
        x1 = max(self.left + self.width, other.left + other.width)
        y1 = max(self.top + self.height, other.top + other.height)
        return BBox(left=x0, top=y0, width=x1 - x0, height=y1 - y0)


class Provenance(BaseModel):
    page: int | None = Field(default=None, description="1-based page number")
    bbox: BBox | None = None


class Party(BaseModel):
    role: str = Field(description="party_a, party_b, party_c, seller, buyer, lessor, lessee, …")
    name: str
    confidence: float = 0.0
    source: Provenance = Field(default_factory=Provenance)


class DateField(BaseModel):
    value: date
    raw: str = ""
    confidence: float = 0.0
    source: Provenance = Field(default_factory=Provenance)


class TextField(BaseModel):
    value: str
    confidence: float = 0.0
    source: Provenance = Field(default_factory=Provenance)


class Amount(BaseModel):
    value: Decimal
    currency: str = "CNY"
    raw: str = ""
    is_total: bool = False
    confidence: float = 0.0
    source: Provenance = Field(default_factory=Provenance)


class AmountCheck(BaseModel):
    """Chinese uppercase amount (大写) versus the figures."""

    value: bool
    words: str = ""
    words_value: Decimal | None = None
    figures_value: Decimal | None = None
    confidence: float = 0.0
    source: Provenance = Field(default_factory=Provenance)


class Fields(BaseModel):
    parties: list[Party] = Field(default_factory=list)
    contract_no: TextField | None = None
    signed_date: DateField | None = None
    effective_date: DateField | None = None
    expiry_date: DateField | None = None
    amounts: list[Amount] = Field(default_factory=list)
    amount_in_words_matches: AmountCheck | None = None

    @property
    def total(self) -> Amount | None:
        for a in self.amounts:
            if a.is_total:
                return a
        return None


class Word(BaseModel):
    text: str
    conf: float
    bbox: BBox
    line: int = 0


class PageInfo(BaseModel):
    number: int = Field(description="1-based")
    rotation: int = 0
    skew_angle: float = 0.0
    ocr_confidence: float = 0.0
    blank: bool = False
    seal_found: bool = False
    width: int = 0
    height: int = 0
    dpi: int = 0
    text: str = ""
    words: list[Word] = Field(default_factory=list, exclude=True)


class Source(BaseModel):
    station: str = "local"
    batch: str = ""
    file_name: str
    size: int = 0
    content_type: str = ""


class Classification(BaseModel):
    value: str = "other"
    confidence: float = 0.0
    scores: dict[str, float] = Field(default_factory=dict)


class Status(str, Enum):
    archived = "archived"
    needs_review = "needs_review"
    duplicate = "duplicate"


class AuditEvent(BaseModel):
    at: datetime = Field(default_factory=utcnow)
    event: str
    detail: str = ""
    flow_run: str | None = None
    archive_number: str | None = None
    sha256: str | None = None


class Record(BaseModel):
    archive_number: str | None = None
    sha256: str
    source: Source
    received_at: datetime = Field(default_factory=utcnow)
    version: int = 1
    versions: list[str] = Field(default_factory=list, description="sha256 of every version")
    page_count: int = 0
    pages: list[PageInfo] = Field(default_factory=list)
    text: str = ""
    language: str = ""
    contract_type: Classification = Field(default_factory=Classification)
    fields: Fields = Field(default_factory=Fields)
    status: Status = Status.archived
    review_reasons: list[str] = Field(default_factory=list)
    audit: list[AuditEvent] = Field(default_factory=list)

    def to_index_doc(self) -> dict:
        """Flat document for the search index (Kibana-friendly field names)."""
        f = self.fields
        total = f.total
        return {
            "archive_number": self.archive_number,
            "sha256": self.sha256,
            "versions": self.versions,
            "version": self.version,
            "station": self.source.station,
            "batch": self.source.batch,
            "file_name": self.source.file_name,
            "received_at": self.received_at.isoformat(),
            "page_count": self.page_count,
            "language": self.language,
            "text": self.text,
            "contract_type": self.contract_type.value,
            "contract_type_confidence": self.contract_type.confidence,
            "contract_no": f.contract_no.value if f.contract_no else None,
            "parties": [{"role": p.role, "name": p.name} for p in f.parties],
            "party_names": [p.name for p in f.parties],
            "signed_date": f.signed_date.value.isoformat() if f.signed_date else None,
            "effective_date": f.effective_date.value.isoformat() if f.effective_date else None,
            "expiry_date": f.expiry_date.value.isoformat() if f.expiry_date else None,
            "total_amount": float(total.value) if total else None,
            "currency": total.currency if total else None,
            "amounts": [{"value": float(a.value), "currency": a.currency} for a in f.amounts],
            "amount_in_words_matches": (
                f.amount_in_words_matches.value if f.amount_in_words_matches else None
            ),
            "status": self.status.value,
            "review_reasons": self.review_reasons,
            "ocr_confidence": (
                min((p.ocr_confidence for p in self.pages if not p.blank), default=0.0)
            ),
            "seal_found": any(p.seal_found for p in self.pages),
        }
