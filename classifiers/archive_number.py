"""The archive number: ``<TYPE>-<YYYY>-<NNNNNN>``, e.g. ``XS-2026-000042``."""

from __future__ import annotations

import re

from contracts_core.record import CONTRACT_TYPES

_CODES = set(CONTRACT_TYPES.values())
_NUMBER = re.compile(r"(?P<code>[A-Z]{2})-(?P<year>\d{4})-(?P<seq>\d{6})")


def type_code(contract_type: str) -> str:
    """The two-letter code of a contract type; unknown types file under "other" (QT)."""
    return CONTRACT_TYPES.get(contract_type, CONTRACT_TYPES["other"])


def format_number(code: str, year: int, seq: int) -> str:
    """``format_number("XS", 2026, 42) == "XS-2026-000042"``."""
    if code not in _CODES:
        raise ValueError(f"unknown type code {code!r}")
    if not 1000 <= year <= 9999:
        raise ValueError(f"year out of range: {year}")
    if not 1 <= seq <= 999_999:
        raise ValueError(f"sequence out of range: {seq}")
    return f"{code}-{year:04d}-{seq:06d}"


def parse_number(s: str) -> tuple[str, int, int]:
    """``(code, year, seq)`` of an archive number; ValueError when malformed."""
    m = _NUMBER.fullmatch(s.strip()) if isinstance(s, str) else None
    if m is None or m.group("code") not in _CODES or int(m.group("seq")) == 0:
        raise ValueError(f"not an archive number: {s!r}")
    return m.group("code"), int(m.group("year")), int(m.group("seq"))
