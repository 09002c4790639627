"""The archive-number format: <TYPE>-<YYYY>-<NNNNNN>."""

import pytest

from classifiers.archive_number import format_number, parse_number, type_code
from contracts_core.record import CONTRACT_TYPES


def test_format_pads_sequence_to_six_digits() -> None:
    assert format_number("XS", 2026, 42) == "XS-2026-000042"
    assert format_number("QT", 2025, 999_999) == "QT-2025-999999"


@pytest.mark.parametrize("ctype", sorted(CONTRACT_TYPES))
def test_round_trip_for_every_type(ctype: str) -> None:
    code = type_code(ctype)
    assert parse_number(format_number(code, 2026, 7)) == (code, 2026, 7)


def test_type_codes() -> None:
    assert type_code("sales") == "XS"
    assert type_code("purchase") == "CG"
    assert type_code("lease") == "ZL"
    assert type_code("no-such-type") == "QT"


@pytest.mark.parametrize("bad", ["", "XS-2026-42", "xs-2026-000042", "XS-26-000042", "ZZ-2026-000042",
                                 "XS-2026-0000420", "XS_2026_000042", "XS-2026-000000",
                                 " XS-2026-000042x"])
def test_parse_rejects_malformed(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_number(bad)


@pytest.mark.parametrize("code,year,seq", [("ZZ", 2026, 1), ("XS", 2026, 0), ("XS", 2026, 1_000_000),
                                           ("XS", 99, 1)])
def test_format_rejects_out_of_range(code: str, year: int, seq: int) -> None:
    with pytest.raises(ValueError):
        format_number(code, year, seq)
