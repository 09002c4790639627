"""Embedded backends for one machine: the bucket layout as folders under the data dir, a SQLite
FTS5 full-text index that handles Chinese and English, a SQLite number registry and a SQLite
audit log. Same interfaces (storage.base) and the same tests as MinIO and Elasticsearch."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import BinaryIO, Iterator

from classifiers.archive_number import format_number
from contracts_core.errors import RegistryConflictError, StorageUnavailableError
from contracts_core.record import AuditEvent
from storage.base import Assignment, Hit, ObjectInfo
from storage.querytext import index_tokens, split_query

_META_SUFFIX = ".meta.json"


def _check_key(key: str) -> str:
    parts = key.split("/")
    if not key or key.startswith("/") or any(p in ("", ".", "..") for p in parts):
        raise ValueError(f"invalid object key: {key!r}")
    if key.endswith(_META_SUFFIX):
        raise ValueError(f"object key may not end with {_META_SUFFIX}")
    return key


class FilesystemObjectStore:
    """Buckets are folders; each object has a sidecar ``<key>.meta.json`` with its metadata.
    Writes go to a temporary file in the same folder and are renamed into place (atomic)."""

    def __init__(self, root: Path, buckets: tuple[str, ...]) -> None:
        self.root = Path(root)
        self.buckets = buckets

    def _path(self, bucket: str, key: str) -> Path:
        return self.root / bucket / _check_key(key)

    def ensure_buckets(self) -> None:
        try:
            for b in self.buckets:
                (self.root / b).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageUnavailableError(f"cannot create buckets under {self.root}: {exc}") from exc

    def _write_meta(self, path: Path, metadata: dict[str, str], content_type: str,
                    sha256: str, size: int) -> None:
        meta = {"metadata": metadata, "content_type": content_type, "sha256": sha256, "size": size}
        # a temporary name of its own: two ingests of one file may store its original at once
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".upload-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(json.dumps(meta, ensure_ascii=False))
        os.replace(tmp, path.with_name(path.name + _META_SUFFIX))

    def put_file(self, bucket: str, key: str, path: Path, *, metadata: dict[str, str] | None = None,
                 content_type: str = "application/octet-stream", encrypt: bool = False) -> ObjectInfo:
        with open(path, "rb") as src:
            return self._put_stream(bucket, key, src, metadata or {}, content_type)

    def put_bytes(self, bucket: str, key: str, data: bytes, *, metadata: dict[str, str] | None = None,
                  content_type: str = "application/octet-stream", encrypt: bool = False) -> ObjectInfo:
        import io

        return self._put_stream(bucket, key, io.BytesIO(data), metadata or {}, content_type)

    def _put_stream(self, bucket: str, key: str, src: BinaryIO, metadata: dict[str, str],
                    content_type: str) -> ObjectInfo:
        dest = self._path(bucket, key)
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
            digest = hashlib.sha256()
            size = 0
            fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=".upload-")
            with os.fdopen(fd, "wb") as out:
                while chunk := src.read(1 << 20):
                    digest.update(chunk)
                    size += len(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, dest)
            self._write_meta(dest, metadata, content_type, digest.hexdigest(), size)
        except OSError as exc:
            raise StorageUnavailableError(f"cannot write {bucket}/{key}: {exc}") from exc
        return self.stat(bucket, key)  # type: ignore[return-value]

    def get_bytes(self, bucket: str, key: str) -> bytes:
        try:
            return self._path(bucket, key).read_bytes()
        except FileNotFoundError as exc:
            raise KeyError(f"{bucket}/{key}") from exc

    def open(self, bucket: str, key: str) -> BinaryIO:
        try:
            return open(self._path(bucket, key), "rb")
        except FileNotFoundError as exc:
            raise KeyError(f"{bucket}/{key}") from exc

    def download(self, bucket: str, key: str, dest: Path) -> Path:
        src = self._path(bucket, key)
        if not src.exists():
            raise KeyError(f"{bucket}/{key}")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dest)
        return dest

    def stat(self, bucket: str, key: str) -> ObjectInfo | None:
        path = self._path(bucket, key)
        try:
            st = path.stat()
        except FileNotFoundError:
            return None
        meta_path = path.with_name(path.name + _META_SUFFIX)
        metadata: dict[str, str] = {}
        if meta_path.exists():
            metadata = json.loads(meta_path.read_text(encoding="utf-8")).get("metadata", {})
        return ObjectInfo(
            bucket=bucket, key=key, size=st.st_size,
            last_modified=datetime.fromtimestamp(st.st_mtime, tz=timezone.utc),
            metadata=metadata, encrypted=False,
        )

    def list(self, bucket: str, prefix: str = "") -> Iterator[ObjectInfo]:
        base = self.root / bucket
        if not base.exists():
            return
        for path in sorted(base.rglob("*")):
            if not path.is_file() or path.name.endswith(_META_SUFFIX) or path.name.startswith(
                (".upload-",)
            ) or path.name.endswith(".tmp"):
                continue
            key = path.relative_to(base).as_posix()
            if key.startswith(prefix):
                info = self.stat(bucket, key)
                if info is not None:
                    yield info

    def delete(self, bucket: str, key: str) -> None:
        path = self._path(bucket, key)
        path.unlink(missing_ok=True)
        path.with_name(path.name + _META_SUFFIX).unlink(missing_ok=True)
        # prune empty folders up to the bucket
        parent = path.parent
        base = self.root / bucket
        while parent != base and parent.exists() and not any(parent.iterdir()):
            parent.rmdir()
            parent = parent.parent


@contextmanager
def _connect(path: Path, timeout: float = 60.0) -> Iterator[sqlite3.Connection]:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=timeout, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA busy_timeout=60000")
        yield conn
    finally:
        conn.close()


class SqliteSearchIndex:
    """SQLite FTS5 over pre-tokenised text: CJK characters are indexed one per token and
    Chinese queries become phrase queries (exact substring search of any length, as the
    standard analyzer does in Elasticsearch); Latin words are case- and accent-folded."""

    KEYWORD_FILTERS = ("contract_type", "status", "station", "batch", "language", "currency",
                       "contract_no", "archive_number")

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.ensure()

    def ensure(self) -> None:
        with _connect(self.path) as c:
            c.execute("CREATE TABLE IF NOT EXISTS docs (id TEXT PRIMARY KEY, doc TEXT NOT NULL)")
            c.execute(
                "CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5("
                "id UNINDEXED, body, parties, ids, tokenize='unicode61 remove_diacritics 2')"
            )

    @staticmethod
    def _fts_row(doc_id: str, doc: dict) -> tuple[str, str, str, str]:
        parties = " ".join(doc.get("party_names") or [])
        ids = " ".join(x for x in (doc.get("archive_number"), doc.get("contract_no")) if x)
        return (doc_id, index_tokens(doc.get("text") or ""), index_tokens(parties),
                index_tokens(ids))

    def index(self, doc_id: str, doc: dict) -> None:
        self.bulk_index({doc_id: doc})

    def bulk_index(self, docs: dict[str, dict]) -> None:
        try:
            with _connect(self.path) as c:
                c.execute("BEGIN IMMEDIATE")
                for doc_id, doc in docs.items():
                    c.execute("INSERT OR REPLACE INTO docs(id, doc) VALUES (?, ?)",
                              (doc_id, json.dumps(doc, ensure_ascii=False, default=str)))
                    c.execute("DELETE FROM fts WHERE id = ?", (doc_id,))
                    c.execute("INSERT INTO fts(id, body, parties, ids) VALUES (?, ?, ?, ?)",
                              self._fts_row(doc_id, doc))
                c.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            raise StorageUnavailableError(f"embedded index unavailable: {exc}") from exc

    def get(self, doc_id: str) -> dict | None:
        with _connect(self.path) as c:
            row = c.execute("SELECT doc FROM docs WHERE id = ?", (doc_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def delete(self, doc_id: str) -> None:
        with _connect(self.path) as c:
            c.execute("BEGIN IMMEDIATE")
            c.execute("DELETE FROM docs WHERE id = ?", (doc_id,))
            c.execute("DELETE FROM fts WHERE id = ?", (doc_id,))
            c.execute("COMMIT")

    def search(self, query: str, *, filters: dict[str, str] | None = None,
               size: int = 10) -> list[Hit]:
        terms = []
        for kind, text in split_query(query):
            toks = index_tokens(text).split()
            if not toks:
                continue
            phrase = " ".join(toks).replace('"', '""')
            terms.append(f'"{phrase}"')
        if not terms and not filters:
            return []
        with _connect(self.path) as c:
            if terms:
                rows = c.execute(
                    "SELECT fts.id, bm25(fts, 1.0, 4.0, 8.0) AS score, docs.doc FROM fts "
                    "JOIN docs ON docs.id = fts.id WHERE fts MATCH ? ORDER BY score LIMIT ?",
                    (" AND ".join(terms), max(size * 20, 200)),
                ).fetchall()
            else:
                rows = c.execute("SELECT id, 0.0, doc FROM docs ORDER BY id").fetchall()
        hits = []
        for doc_id, score, raw in rows:
            doc = json.loads(raw)
            if filters and any(str(doc.get(k)) != str(v) for k, v in filters.items()):
                continue
            hits.append(Hit(id=doc_id, score=-float(score), doc=doc))
            if len(hits) >= size:
                break
        return hits

    def ids(self) -> Iterator[str]:
        with _connect(self.path) as c:
            rows = c.execute("SELECT id FROM docs ORDER BY id").fetchall()
        for (doc_id,) in rows:
            yield doc_id

    def count(self) -> int:
        with _connect(self.path) as c:
            return int(c.execute("SELECT count(*) FROM docs").fetchone()[0])

    def refresh(self) -> None:
        return None

    def reindex(self) -> str:
        """Rebuild the full-text table from the stored documents (the embedded analogue of a
        new index version behind the alias); returns a description."""
        with _connect(self.path) as c:
            c.execute("BEGIN IMMEDIATE")
            rows = c.execute("SELECT id, doc FROM docs").fetchall()
            c.execute("DELETE FROM fts")
            for doc_id, raw in rows:
                c.execute("INSERT INTO fts(id, body, parties, ids) VALUES (?, ?, ?, ?)",
                          self._fts_row(doc_id, json.loads(raw)))
            c.execute("COMMIT")
        return f"rebuilt full-text index of {len(rows)} documents"


class SqliteNumberRegistry:
    """Archive numbers in one SQLite transaction (``BEGIN IMMEDIATE`` takes the write lock, so
    concurrent processes serialise): a sha256 keeps its number forever; a new number is the
    type/year counter + 1, so numbers are unique and gap-free."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        with _connect(self.path) as c:
            c.execute(
                "CREATE TABLE IF NOT EXISTS assignments (sha256 TEXT PRIMARY KEY, "
                "archive_number TEXT NOT NULL, version INTEGER NOT NULL, contract_key TEXT, "
                "assigned_at TEXT NOT NULL)"
            )
            c.execute("CREATE TABLE IF NOT EXISTS counters (code TEXT, year INTEGER, "
                      "last INTEGER NOT NULL, PRIMARY KEY (code, year))")
            c.execute("CREATE TABLE IF NOT EXISTS keys (contract_key TEXT PRIMARY KEY, "
                      "archive_number TEXT NOT NULL)")

    def assign(self, sha256: str, type_code: str, year: int,
               contract_key: str | None = None) -> Assignment:
        for attempt in range(20):
            try:
                return self._assign(sha256, type_code, year, contract_key)
            except sqlite3.OperationalError as exc:  # database is locked beyond busy_timeout
                if "locked" not in str(exc):
                    raise
                time.sleep(0.05 * (attempt + 1))
        raise RegistryConflictError("number registry stayed locked", stage="number")

    def _assign(self, sha256: str, type_code: str, year: int,
                contract_key: str | None) -> Assignment:
        now = datetime.now(timezone.utc).isoformat()
        with _connect(self.path) as c:
            c.execute("BEGIN IMMEDIATE")
            try:
                row = c.execute("SELECT archive_number, version FROM assignments WHERE sha256 = ?",
                                (sha256,)).fetchone()
                if row:
                    c.execute("COMMIT")
                    return Assignment(row[0], sha256, int(row[1]), "duplicate")
                if contract_key:
                    krow = c.execute("SELECT archive_number FROM keys WHERE contract_key = ?",
                                     (contract_key,)).fetchone()
                    if krow:
                        number = krow[0]
                        version = int(c.execute(
                            "SELECT max(version) FROM assignments WHERE archive_number = ?",
                            (number,)).fetchone()[0] or 0) + 1
                        c.execute("INSERT INTO assignments VALUES (?, ?, ?, ?, ?)",
                                  (sha256, number, version, contract_key, now))
                        c.execute("COMMIT")
                        return Assignment(number, sha256, version, "new_version")
                crow = c.execute("SELECT last FROM counters WHERE code = ? AND year = ?",
                                 (type_code, year)).fetchone()
                seq = (int(crow[0]) if crow else 0) + 1
                c.execute("INSERT OR REPLACE INTO counters(code, year, last) VALUES (?, ?, ?)",
                          (type_code, year, seq))
                number = format_number(type_code, year, seq)
                c.execute("INSERT INTO assignments VALUES (?, ?, ?, ?, ?)",
                          (sha256, number, 1, contract_key, now))
                if contract_key:
                    c.execute("INSERT OR IGNORE INTO keys VALUES (?, ?)", (contract_key, number))
                c.execute("COMMIT")
                return Assignment(number, sha256, 1, "new")
            except BaseException:
                c.execute("ROLLBACK")
                raise

    def lookup(self, sha256: str) -> Assignment | None:
        with _connect(self.path) as c:
            row = c.execute("SELECT archive_number, version FROM assignments WHERE sha256 = ?",
                            (sha256,)).fetchone()
        return Assignment(row[0], sha256, int(row[1]), "duplicate") if row else None

    def assignments(self) -> Iterator[Assignment]:
        with _connect(self.path) as c:
            rows = c.execute("SELECT archive_number, sha256, version FROM assignments "
                             "ORDER BY archive_number, version").fetchall()
        for number, sha, version in rows:
            yield Assignment(number, sha, int(version), "new" if version == 1 else "new_version")


class SqliteAuditLog:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        with _connect(self.path) as c:
            c.execute("CREATE TABLE IF NOT EXISTS events (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                      "at TEXT, archive_number TEXT, event TEXT NOT NULL)")

    def append(self, event: AuditEvent) -> None:
        with _connect(self.path) as c:
            c.execute("INSERT INTO events(at, archive_number, event) VALUES (?, ?, ?)",
                      (event.at.isoformat(), event.archive_number, event.model_dump_json()))

    def events(self, archive_number: str | None = None) -> list[AuditEvent]:
        with _connect(self.path) as c:
            if archive_number:
                rows = c.execute("SELECT event FROM events WHERE archive_number = ? "
                                 "ORDER BY at, seq",
                                 (archive_number,)).fetchall()
            else:
                rows = c.execute("SELECT event FROM events ORDER BY at, seq").fetchall()
        return [AuditEvent.model_validate_json(r[0]) for r in rows]
