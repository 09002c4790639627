"""Property: over any mix of good and bad files (repeats included), every input ends in exactly
one of archive or quarantine, distinct contents get distinct archive numbers (the same content
always the same one), numbers run 1..N per type and year, and running the batch again changes
nothing."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from contracts_core.record import Source
from contracts_core.settings import get_settings
from extractors.loading import sha256_file
from storage import open_backends
from storage.archiver import load_record, quarantine_key
from tests import badinput
from tests.conftest import ENDPOINT_VARS

pytestmark = pytest.mark.slow
GOOD_POOL = 4


@pytest.fixture(scope="session")
def pool(tmp_path_factory) -> dict[str, list[Path]]:
    """Small one-page contracts and quick-to-refuse bad files, made once per session."""
    root = tmp_path_factory.mktemp("pool")
    good = [badinput.small_doc(root / f"good-{i}.png", seed=100 + i) for i in range(GOOD_POOL)]
    bad = [badinput.make(n, root / "bad") for n in badinput.FAST_BAD]
    return {"good": good, "bad": bad}


def _ingest(paths: list[Path], data: Path, batch: str) -> list[dict]:
    from flows.ingest import ingest_batch

    saved = {k: os.environ.pop(k) for k in ENDPOINT_VARS if k in os.environ}
    os.environ["CONTRACTS_DATA_DIR"] = str(data)
    get_settings.cache_clear()
    try:
        return ingest_batch([str(p) for p in paths], station="prop", batch=batch)
    finally:
        os.environ.pop("CONTRACTS_DATA_DIR", None)
        os.environ.update(saved)
        get_settings.cache_clear()


mixes = st.lists(st.tuples(st.sampled_from(["good", "bad"]), st.integers(0, 99)),
                 min_size=1, max_size=6)


@hsettings(max_examples=5, deadline=None, derandomize=True,
           suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(mix=mixes)
def test_every_input_ends_in_exactly_one_place_and_reruns_change_nothing(
        mix, pool, prefect_server):
    with tempfile.TemporaryDirectory(prefix="prop-") as tmp:
        tmp_path = Path(tmp)
        inbox = tmp_path / "inbox"
        inbox.mkdir()
        paths = []
        for i, (group, pick) in enumerate(mix):
            src = pool[group][pick % len(pool[group])]
            dest = inbox / f"{i:02d}-{src.name}"
            shutil.copyfile(src, dest)
            paths.append(dest)
        data = tmp_path / "data"

        first = _ingest(paths, data, "b1")
        settings = get_settings().model_copy(update={"data_dir": data, "s3_endpoint": None,
                                                     "es_url": None})
        backends = open_backends(settings)
        assert [r["file"] for r in first] == [p.name for p in paths]

        sha_of = {p.name: sha256_file(p) for p in paths}
        number_of_sha: dict[str, str] = {}
        for r, p in zip(first, paths):
            status = r["status"].split(" ")[0]
            key = quarantine_key(Source(station="prop", batch="b1", file_name=p.name))
            quarantined = backends.store.stat(settings.quarantine_bucket,
                                              key + ".error.json") is not None
            archived = r["archive_number"] is not None and load_record(
                backends, settings, r["archive_number"]) is not None
            assert archived != quarantined, (r, archived, quarantined)  # exactly one
            assert status in ("archived", "needs_review", "duplicate", "quarantined"), r
            if archived:
                record = load_record(backends, settings, r["archive_number"])
                assert sha_of[p.name] in record.versions
                known = number_of_sha.setdefault(sha_of[p.name], r["archive_number"])
                assert known == r["archive_number"], "same content, two numbers"
            else:
                report = json.loads(backends.store.get_bytes(settings.quarantine_bucket,
                                                             key + ".error.json"))
                assert report["kind"] == r["error_kind"] and report["permanent"] is True
        # distinct contents, distinct numbers; per type and year they run 1..N
        assert len(set(number_of_sha.values())) == len(number_of_sha)
        assignments = list(backends.registry.assignments())
        assert sorted(a.sha256 for a in assignments) == sorted(number_of_sha)
        by_series: dict[str, list[int]] = defaultdict(list)
        for a in assignments:
            series, _, seq = a.archive_number.rpartition("-")
            by_series[series].append(int(seq))
        for series, seqs in by_series.items():
            assert sorted(seqs) == list(range(1, len(seqs) + 1)), (series, seqs)
        assert backends.index.count() == len(number_of_sha)

        # the same batch again: nothing new anywhere
        second = _ingest(paths, data, "b2")
        for r1, r2 in zip(first, second):
            if r1["archive_number"]:
                assert r2["status"] == "duplicate", (r1, r2)
                assert r2["archive_number"] == r1["archive_number"]
            else:
                assert r2["status"] == "quarantined" and r2["error_kind"] == r1["error_kind"]
        assert Counter(a.archive_number for a in backends.registry.assignments()) == \
            Counter(a.archive_number for a in assignments)
        assert backends.index.count() == len(number_of_sha)
