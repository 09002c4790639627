"""Archive-number registry on Elasticsearch, with the guarantees of the SQLite one: numbers
``<TYPE>-<YYYY>-<NNNNNN>`` unique and gap-free per type and year, assigned exactly once per
SHA-256, safe under concurrent processes and after a crash between any two steps.

Documents in the registry index (one shard; reads are realtime GETs, writes are
``op_type=create`` claims or compare-and-set updates with ``if_seq_no``/``if_primary_term``):

* ``counter:<TYPE>-<YYYY>`` ``{last, last_sha, last_key}``: the highest number handed out for
  the type and year, and the SHA-256 (and contract key) it was handed to;
* ``num:<TYPE>-<YYYY>-<NNNNNN>`` ``{sha256}``: the claim of one number;
* ``sha:<sha256>`` ``{archive_number, version, contract_key}``: the finished assignment;
* ``key:<sha1(contract_key)>`` ``{archive_number, shas: [...]}``: the versions of one contract
  (printed contract number + parties), version ``k`` being ``shas[k-1]``.

Invariant: **the counter moves from n to n+1 only after ``num:n`` and ``sha:<last_sha>``
exist.** Every assigner first "completes" the counter's last claim (creates the two documents
when missing; creating is idempotent) and only then tries the compare-and-set to n+1. Hence:

* numbers are gap-free: n+1 is handed out only when n is fully recorded, and the counter is
  the only source of numbers;
* numbers are unique: the compare-and-set lets exactly one process move the counter from n;
* one number per SHA-256: before every attempt the assigner reads ``sha:<sha>``; once the
  counter moved past this SHA-256's claim that document exists, and while the SHA-256 is still
  the counter's ``last_sha`` the assigner finds its own claim there;
* a crash after the compare-and-set and before the documents leaves the claim in the counter;
  the next assigner of that type and year, or the rerun for the same file, completes it: no
  gap, and the rerun gets the number it claimed.

New versions: when a contract key is given and ``key:<…>`` exists, the SHA-256 is appended to
its ``shas`` by compare-and-set and ``sha:<sha>`` is created with version = position. A crash
in between is completed by the rerun (the SHA-256 is already in ``shas``). Two different files
of one never-seen contract arriving at the same moment may both get new numbers (the key is
recorded right after the number); the second one is the rare duplicate a reviewer merges.
"""

from __future__ import annotations

import hashlib
import random
import time
from datetime import datetime, timezone
from typing import Any, Iterator

from elasticsearch import ApiError, ConflictError, Elasticsearch, NotFoundError, helpers

from classifiers.archive_number import format_number
from contracts_core.errors import RegistryConflictError
from contracts_core.settings import Settings
from storage.base import Assignment
from storage.es_index import es_client, es_errors, wait_until_readable
from storage.es_mapping import REGISTRY_MAPPING, SMALL_INDEX_SETTINGS

MAX_ATTEMPTS = 200
_RETRY = "retry"  # a compare-and-set lost a race: read again


def _now() -> str:
    return datetime.now(timezone.utc).isoformat()


def _key_id(contract_key: str) -> str:
    return "key:" + hashlib.sha1(contract_key.encode("utf-8")).hexdigest()


class ElasticsearchNumberRegistry:
    """NumberRegistry on Elasticsearch (algorithm and invariant in the module docstring)."""

    def __init__(self, settings: Settings, client: Elasticsearch | None = None) -> None:
        self.es = client or es_client(settings)
        self.name = settings.registry_index
        self._ready = False

    def ensure(self) -> None:
        if self._ready:
            return
        with es_errors("create registry index"):
            if not self.es.indices.exists(index=self.name):
                try:
                    self.es.indices.create(index=self.name, settings=SMALL_INDEX_SETTINGS,
                                           mappings=REGISTRY_MAPPING)
                except ApiError as exc:  # another process created it first: fine
                    if exc.error != "resource_already_exists_exception":
                        raise
            wait_until_readable(self.es, self.name)
        self._ready = True


    # --- primitives ------------------------------------------------------------------------
    def _get(self, doc_id: str) -> tuple[dict[str, Any], int, int] | None:
        try:
            r = self.es.get(index=self.name, id=doc_id, realtime=True)
        except NotFoundError:
            return None
        return dict(r["_source"]), int(r["_seq_no"]), int(r["_primary_term"])

    def _create(self, doc_id: str, doc: dict[str, Any]) -> bool:
        """Create the document unless it exists; True when this call created it."""
        try:
            self.es.create(index=self.name, id=doc_id, document=doc)
            return True
        except ConflictError:
            return False

    def _cas(self, doc_id: str, doc: dict[str, Any], seq_no: int, term: int) -> bool:
        try:
            self.es.index(index=self.name, id=doc_id, document=doc,
                          if_seq_no=seq_no, if_primary_term=term)
            return True
        except ConflictError:
            return False

    def _sha_doc(self, sha256: str) -> Assignment | None:
        got = self._get("sha:" + sha256)
        if got is None:
            return None
        doc = got[0]
        return Assignment(doc["archive_number"], sha256, int(doc["version"]), "duplicate")

    def _complete(self, number: str, sha256: str, type_code: str, year: int,
                  contract_key: str | None) -> None:
        """Record claim ``number`` -> ``sha256`` (idempotent)."""
        self._create("num:" + number, {"kind": "num", "archive_number": number,
                                       "sha256": sha256, "type_code": type_code,
                                       "year": year, "at": _now()})
        self._create("sha:" + sha256, {"kind": "sha", "sha256": sha256, "archive_number": number,
                                       "version": 1, "type_code": type_code, "year": year,
                                       "contract_key": contract_key, "at": _now()})
        if contract_key:
            self._create(_key_id(contract_key), {"kind": "key", "contract_key": contract_key,
                                                 "archive_number": number, "shas": [sha256]})

    # --- NumberRegistry --------------------------------------------------------------------
    def assign(self, sha256: str, type_code: str, year: int,
               contract_key: str | None = None) -> Assignment:
        self.ensure()
        with es_errors("assign archive number"):
            for attempt in range(MAX_ATTEMPTS):
                done = self._sha_doc(sha256)
                if done is not None:
                    if contract_key and done.version == 1:  # heal a crash before the key doc
                        self._create(_key_id(contract_key), {
                            "kind": "key", "contract_key": contract_key,
                            "archive_number": done.archive_number, "shas": [sha256]})
                    return done
                result: Assignment | str | None = None
                if contract_key:
                    result = self._try_new_version(sha256, contract_key)
                if result is None:
                    result = self._try_new_number(sha256, type_code, year, contract_key)
                if isinstance(result, Assignment):
                    return result
                time.sleep(random.uniform(0, 0.002 * min(attempt + 1, 25)))
        raise RegistryConflictError(
            f"lost the race for a {type_code}-{year} number {MAX_ATTEMPTS} times", stage="number")

    def _try_new_version(self, sha256: str, contract_key: str) -> Assignment | str | None:
        """A new version of a known contract; None when the contract is not known yet."""
        got = self._get(_key_id(contract_key))
        if got is None:
            return None
        doc, seq_no, term = got
        number, shas = doc["archive_number"], list(doc.get("shas") or [])
        if sha256 not in shas:
            shas.append(sha256)
            if not self._cas(_key_id(contract_key), {**doc, "shas": shas}, seq_no, term):
                return _RETRY  # someone else added a version
        version = shas.index(sha256) + 1
        if version == 1:  # the contract's first version: its number comes from the counter
            return None
        if self._create("sha:" + sha256, {"kind": "sha", "sha256": sha256,
                                          "archive_number": number, "version": version,
                                          "contract_key": contract_key, "at": _now()}):
            return Assignment(number, sha256, version, "new_version")
        return self._sha_doc(sha256) or _RETRY

    def _try_new_number(self, sha256: str, type_code: str, year: int,
                        contract_key: str | None) -> Assignment | str:
        cid = f"counter:{type_code}-{year:04d}"
        got = self._get(cid)
        if got is None:
            self._create(cid, {"kind": "counter", "type_code": type_code, "year": year,
                               "last": 0, "last_sha": None, "last_key": None})
            return _RETRY
        doc, seq_no, term = got
        last = int(doc["last"])
        if last:
            last_number = format_number(type_code, year, last)
            self._complete(last_number, doc["last_sha"], type_code, year, doc.get("last_key"))
            if doc["last_sha"] == sha256:
                return Assignment(last_number, sha256, 1, "new")
        # read after the counter: had this SHA-256 been numbered before the counter reached
        # `last`, its document exists by now (invariant); if it gets numbered after the read,
        # the counter moves and the compare-and-set below fails
        done = self._sha_doc(sha256)
        if done is not None:
            return done
        nxt = {**doc, "last": last + 1, "last_sha": sha256, "last_key": contract_key,
               "at": _now()}
        if not self._cas(cid, nxt, seq_no, term):
            return _RETRY
        number = format_number(type_code, year, last + 1)
        self._complete(number, sha256, type_code, year, contract_key)
        return Assignment(number, sha256, 1, "new")

    def lookup(self, sha256: str) -> Assignment | None:
        self.ensure()
        with es_errors("look up archive number"):
            return self._sha_doc(sha256)

    def assignments(self) -> Iterator[Assignment]:
        self.ensure()
        with es_errors("list archive numbers"):
            self.es.indices.refresh(index=self.name)
            rows = [h["_source"] for h in helpers.scan(
                self.es, index=self.name, query={"query": {"term": {"kind": "sha"}}}, size=1000)]
        rows.sort(key=lambda d: (d["archive_number"], int(d["version"])))
        for d in rows:
            v = int(d["version"])
            yield Assignment(d["archive_number"], d["sha256"], v,
                             "new" if v == 1 else "new_version")

    def drop(self) -> None:
        """Delete the registry index (tests, resets)."""
        with es_errors("drop registry"):
            self.es.indices.delete(index=self.name, ignore_unavailable=True)
        self._ready = False
