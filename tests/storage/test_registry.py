"""Number registry: the same assertions on the SQLite registry and on Elasticsearch, with
real concurrent processes."""

from __future__ import annotations

import hashlib
import multiprocessing as mp
import random
from collections import defaultdict

import pytest

from contracts_core.settings import Settings
from storage import open_backends
from storage.base import NumberRegistry

TYPES = ("XS", "CG")
YEARS = (2025, 2026)
N_SHAS = 200
N_PROCS = 8


def _sha(i: int) -> str:
    return hashlib.sha256(f"contract-{i}".encode()).hexdigest()


def _type_year(sha: str) -> tuple[str, int]:
    n = int(sha[:8], 16)
    return TYPES[n % 2], YEARS[(n // 2) % 2]


def _worker(settings: Settings, shas: list[str]) -> list[tuple[str, str, int]]:
    """One process: its own backends, assigning numbers for its share of files."""
    registry = open_backends(settings).registry
    out = []
    for sha in shas:
        code, year = _type_year(sha)
        a = registry.assign(sha, code, year)
        out.append((sha, a.archive_number, a.version))
    return out


def _seq(number: str) -> tuple[str, int, int]:
    code, year, seq = number.split("-")
    return code, int(year), int(seq)


def test_concurrent_processes_get_unique_gap_free_numbers(registry: NumberRegistry,
                                                         settings: Settings):
    shas = [_sha(i) for i in range(N_SHAS)]
    rng = random.Random(7)
    jobs: list[list[str]] = [[] for _ in range(N_PROCS)]
    for i, sha in enumerate(shas):  # every file twice or three times, in different processes
        for p in {i % N_PROCS, (3 * i + 1) % N_PROCS, rng.randrange(N_PROCS)}:
            jobs[p].append(sha)
    for j in jobs:
        rng.shuffle(j)

    ctx = mp.get_context("spawn")
    with ctx.Pool(N_PROCS) as pool:
        results = pool.starmap(_worker, [(settings, j) for j in jobs], chunksize=1)

    by_sha: dict[str, set[str]] = defaultdict(set)
    for rows in results:
        for sha, number, version in rows:
            by_sha[sha].add(number)
            assert version == 1
    assert set(by_sha) == set(shas)
    assert all(len(n) == 1 for n in by_sha.values()), "a file got two numbers"

    numbers = [next(iter(n)) for n in by_sha.values()]
    assert len(set(numbers)) == N_SHAS, "two files share a number"
    per_series: dict[tuple[str, int], list[int]] = defaultdict(list)
    for sha, ns in by_sha.items():
        code, year, seq = _seq(next(iter(ns)))
        assert (code, year) == _type_year(sha)
        per_series[(code, year)].append(seq)
    for series, seqs in per_series.items():
        assert sorted(seqs) == list(range(1, len(seqs) + 1)), f"gap or duplicate in {series}"

    # what the registry says afterwards agrees with what the processes were told
    assert {a.sha256: a.archive_number for a in registry.assignments()} == {
        sha: next(iter(n)) for sha, n in by_sha.items()}
    again = registry.assign(shas[0], *_type_year(shas[0]))
    assert again.outcome == "duplicate" and again.archive_number in by_sha[shas[0]]
    assert registry.lookup(shas[1]).archive_number in by_sha[shas[1]]


def test_same_contract_key_gives_a_new_version(registry: NumberRegistry):
    key = "HX-XS-2026-018|东方机械制造厂|华信科技有限公司"
    first = registry.assign(_sha(1), "XS", 2026, contract_key=key)
    assert first.outcome == "new" and first.version == 1
    second = registry.assign(_sha(2), "XS", 2026, contract_key=key)
    assert (second.archive_number, second.version, second.outcome) == (
        first.archive_number, 2, "new_version")
    third = registry.assign(_sha(3), "XS", 2026, contract_key=key)
    assert (third.archive_number, third.version) == (first.archive_number, 3)

    # the same file again changes nothing
    again = registry.assign(_sha(2), "XS", 2026, contract_key=key)
    assert (again.archive_number, again.version, again.outcome) == (
        first.archive_number, 2, "duplicate")
    # another contract gets the next number of the series
    other = registry.assign(_sha(4), "XS", 2026, contract_key="HT-9|甲|乙")
    assert other.outcome == "new" and _seq(other.archive_number)[2] == \
        _seq(first.archive_number)[2] + 1
    assert registry.lookup(_sha(3)).version == 3
    assert registry.lookup(_sha(99)) is None
    versions = sorted((a.archive_number, a.version) for a in registry.assignments())
    assert versions == [(first.archive_number, 1), (first.archive_number, 2),
                        (first.archive_number, 3), (other.archive_number, 1)]


@pytest.mark.real
@pytest.mark.parametrize("backend_kind", ["real"])
def test_crash_between_claim_and_record_leaves_no_gap(registry, monkeypatch):
    """A process dies right after it moved the counter: the rerun for the same file gets that
    number, and the next file gets the one after it."""
    real_complete = registry._complete
    calls = {"n": 0}

    def crash_once(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 1:
            raise SystemExit("process killed")
        return real_complete(*args, **kwargs)

    monkeypatch.setattr(registry, "_complete", crash_once)
    with pytest.raises(SystemExit):
        registry.assign(_sha(1), "ZL", 2026)
    monkeypatch.setattr(registry, "_complete", real_complete)
    assert registry.lookup(_sha(1)) is None  # not recorded yet

    other = registry.assign(_sha(2), "ZL", 2026)  # completes the dead claim first
    rerun = registry.assign(_sha(1), "ZL", 2026)
    assert rerun.archive_number == "ZL-2026-000001"
    assert other.archive_number == "ZL-2026-000002"
    assert sorted(a.archive_number for a in registry.assignments()) == [
        "ZL-2026-000001", "ZL-2026-000002"]
