"""Search index: the same assertions on the SQLite FTS5 index and on Elasticsearch."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from contracts_core.record import (
    Amount, Classification, DateField, Fields, Party, Record, Source, TextField,
)
from storage.base import SearchIndex


def _record(number: str, ctype: str, text: str, parties: list[tuple[str, str]],
            contract_no: str, total: str, language: str) -> Record:
    return Record(
        archive_number=number,
        sha256=number.lower().replace("-", "").ljust(64, "0"),
        source=Source(station="st1", batch="b1", file_name=f"{number}.pdf"),
        text=text,
        language=language,
        contract_type=Classification(value=ctype, confidence=0.9),
        fields=Fields(
            parties=[Party(role=r, name=n, confidence=0.9) for r, n in parties],
            contract_no=TextField(value=contract_no, confidence=0.9),
            signed_date=DateField(value=date(2026, 3, 1), raw="2026年3月1日"),
            amounts=[Amount(value=Decimal(total), currency="CNY", is_total=True)],
        ),
    )


RECORDS = [
    _record("XS-2026-000001", "sales",
            "销售合同 甲方：华信科技有限公司 乙方：东方机械制造厂 甲方向乙方出售数控机床十台，"
            "合同总价人民币壹佰贰拾万元整。",
            [("party_a", "华信科技有限公司"), ("party_b", "东方机械制造厂")],
            "HX-XS-2026-018", "1200000.00", "zh"),
    _record("FW-2026-000001", "service",
            "Maintenance Services Agreement between Acme Corporation and Northwind Traders. "
            "The provider shall maintain the packaging lines for twelve months.",
            [("party_a", "Acme Corporation"), ("party_b", "Northwind Traders")],
            "MSA-2026-07", "86000.50", "en"),
    _record("CG-2026-000001", "purchase",
            "采购合同 甲方：信达物流有限公司 乙方：华东钢材贸易公司 采购热轧钢板五百吨。",
            [("party_a", "信达物流有限公司"), ("party_b", "华东钢材贸易公司")],
            "XD-CG-2026-003", "2350000", "zh"),
]


@pytest.fixture
def filled(index: SearchIndex) -> SearchIndex:
    first, *rest = RECORDS
    index.index(first.archive_number, first.to_index_doc())
    index.bulk_index({r.archive_number: r.to_index_doc() for r in rest})
    index.refresh()
    return index


def _ids(hits) -> list[str]:
    return [h.id for h in hits]


def test_documents_are_stored_under_their_archive_number(filled: SearchIndex):
    assert filled.count() == 3
    assert set(filled.ids()) == {r.archive_number for r in RECORDS}
    doc = filled.get("FW-2026-000001")
    assert doc is not None and doc["archive_number"] == "FW-2026-000001"
    assert doc["party_names"] == ["Acme Corporation", "Northwind Traders"]
    assert doc["total_amount"] == pytest.approx(86000.50)
    assert filled.get("FW-2026-999999") is None


def test_chinese_substring_search(filled: SearchIndex):
    assert _ids(filled.search("华信")) == ["XS-2026-000001"]
    assert _ids(filled.search("数控机床")) == ["XS-2026-000001"]
    # characters of both words occur, but not in this order: no hit
    assert filled.search("信华") == []
    # "华东" only in the purchase contract, "合同" in both Chinese contracts
    assert _ids(filled.search("华东钢材")) == ["CG-2026-000001"]
    assert set(_ids(filled.search("合同"))) == {"XS-2026-000001", "CG-2026-000001"}
    # each CJK run must match
    assert _ids(filled.search("合同 东方机械")) == ["XS-2026-000001"]


def test_english_word_search_is_case_insensitive_and_needs_every_word(filled: SearchIndex):
    assert _ids(filled.search("maintenance")) == ["FW-2026-000001"]
    assert _ids(filled.search("PACKAGING Lines")) == ["FW-2026-000001"]
    assert _ids(filled.search("Northwind")) == ["FW-2026-000001"]
    assert filled.search("maintenance bicycles") == []
    assert filled.search("maintenance 华信") == []


def test_numbers_are_searchable(filled: SearchIndex):
    assert _ids(filled.search("CG-2026-000001"))[0] == "CG-2026-000001"
    assert _ids(filled.search("MSA-2026-07"))[0] == "FW-2026-000001"


def test_filters_are_exact_matches_on_keyword_fields(filled: SearchIndex):
    purchase = filled.search("合同", filters={"contract_type": "purchase"})
    assert _ids(purchase) == ["CG-2026-000001"]
    assert filled.search("华信", filters={"contract_type": "purchase"}) == []
    assert set(_ids(filled.search("", filters={"language": "zh"}))) == {
        "XS-2026-000001", "CG-2026-000001"}
    assert _ids(filled.search("", filters={"contract_type": "service", "status": "archived"})) \
        == ["FW-2026-000001"]


def test_reindexing_and_deleting_keep_the_rest(filled: SearchIndex, backend_kind: str):
    before = set(filled.ids())
    real = backend_kind == "real"
    old = filled.indices() if real else None  # type: ignore[attr-defined]
    filled.reindex()  # type: ignore[attr-defined]
    filled.refresh()
    assert set(filled.ids()) == before and filled.count() == 3
    assert _ids(filled.search("华信")) == ["XS-2026-000001"]
    if backend_kind == "real":
        now = filled.indices()  # type: ignore[attr-defined]
        assert now != old and len(now) == 1 and now[0].endswith("-v2")
        # the alias is the write index: a new document lands in the new index
        filled.index("QT-2026-000001", {**RECORDS[0].to_index_doc(),
                                        "archive_number": "QT-2026-000001"})
        filled.refresh()
        assert filled.get("QT-2026-000001")["archive_number"] == "QT-2026-000001"
        filled.delete("QT-2026-000001")
        filled.refresh()

    filled.delete("XS-2026-000001")
    filled.refresh()
    assert filled.get("XS-2026-000001") is None
    assert filled.count() == 2
    assert filled.search("华信") == []
    filled.delete("XS-2026-000001")  # deleting twice is fine


@pytest.mark.real
@pytest.mark.parametrize("backend_kind", ["real"])
def test_index_that_is_down_is_a_transient_error(settings, unused_port: int):
    from contracts_core.errors import IndexUnavailableError
    from storage.es_index import ElasticsearchIndex
    from storage.es_registry import ElasticsearchNumberRegistry

    down = settings.model_copy(update={"es_url": f"http://127.0.0.1:{unused_port}"})
    with pytest.raises(IndexUnavailableError):
        ElasticsearchIndex(down).search("华信")
    with pytest.raises(IndexUnavailableError):
        ElasticsearchNumberRegistry(down).assign("a" * 64, "XS", 2026)
