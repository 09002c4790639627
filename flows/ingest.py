"""``ingest_batch``: every file of a batch ends archived (and indexed) or quarantined.

The flow only wires stages together: pages of all files are cleaned and OCRed in parallel
through Prefect's task runner, each document is assembled, numbered, stored and indexed.
Permanent errors quarantine the file and the batch goes on; transient errors are retried
with backoff and, when retries run out, the file is left where it was for the next run."""

from __future__ import annotations

import shutil
from collections import deque
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.futures import PrefectFuture
from prefect.runtime import flow_run as runtime_flow_run
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.tasks import exponential_backoff

from contracts_core.errors import (
    ContractsError,
    MissingFileError,
    PermanentError,
    TransientError,
)
from contracts_core.record import PageInfo, Record, Source
from contracts_core.settings import Settings, get_settings
from extractors.loading import DocumentInfo, open_document
from extractors.pipeline import (
    PageResult,
    assemble_record,
    contract_key,
    load_and_process_page,
)
from extractors.searchable_pdf import build_searchable_pdf
from flows.progress import emit
from storage import open_backends
from storage.archiver import archive_document, find_archived, quarantine_file, record_duplicate
from storage.base import Backends

SUPPORTED_SUFFIXES = {".pdf", ".tif", ".tiff", ".jpg", ".jpeg", ".png"}


def only_transient(task, task_run, state) -> bool:  # noqa: ANN001 - Prefect's hook signature
    """Retry a task only when it failed for a transient reason (service down or slow)."""
    try:
        state.result()
    except TransientError:
        return True
    except (PermanentError, ValueError, TypeError, KeyError):
        return False
    except OSError:
        return True
    return False


@dataclass
class FileOutcome:
    file: str
    status: str  # archived | needs_review | duplicate | quarantined | failed
    archive_number: str | None = None
    version: int | None = None
    contract_type: str | None = None
    confidence: float | None = None
    parties: str = ""
    signed_date: str | None = None
    amount: str | None = None
    pages: int = 0
    sha256: str | None = None
    error_kind: str | None = None
    error: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


def _flow_run_id() -> str | None:
    run_id = runtime_flow_run.id
    return str(run_id) if run_id else None


@task(name="ocr-page", tags=["ocr"], retries=2, retry_delay_seconds=exponential_backoff(2),
      retry_condition_fn=only_transient, persist_result=False)
def ocr_page_task(path: Path, doc: DocumentInfo, index: int, workdir: Path) -> PageInfo:
    """Load one page, clean it and OCR it; the upright page image goes to ``workdir`` for the
    searchable PDF so that no page image is held in memory longer than needed."""
    settings = get_settings()
    result: PageResult = load_and_process_page(path, doc, index, settings)
    if result.upright is not None:
        import cv2

        cv2.imwrite(str(workdir / f"page-{index + 1:05d}.jpg"), result.upright,
                    [cv2.IMWRITE_JPEG_QUALITY, 80])
    emit("page", file=path.name, page=index + 1)
    # the words travel with the page (they are left out of the record's JSON)
    return result.info


@task(name="prepare-storage", retries=4, retry_delay_seconds=exponential_backoff(2),
      retry_condition_fn=only_transient, persist_result=False)
def prepare_backends() -> Backends:
    """Open the backends and make sure buckets and index exist (retried while they are down)."""
    backends = open_backends(get_settings())
    backends.store.ensure_buckets()
    backends.index.ensure()
    return backends


@task(name="check-archived", retries=3, retry_delay_seconds=exponential_backoff(2),
      retry_condition_fn=only_transient, persist_result=False)
def find_archived_task(sha256s: list[str]) -> dict[str, Record]:
    """The archived records of these exact files (by SHA-256), for those fully archived and
    indexed: one task for the whole batch."""
    settings = get_settings()
    backends = open_backends(settings)
    found = {}
    for sha in dict.fromkeys(sha256s):
        record = find_archived(backends, settings, sha)
        if record is not None:
            found[sha] = record
    return found


@task(name="archive-document", retries=4, retry_delay_seconds=exponential_backoff(2),
      retry_jitter_factor=0.5, retry_condition_fn=only_transient, persist_result=False)
def archive_task(record: Record, path: Path, ext: str, searchable: Path | None,
                 key: str | None) -> dict:
    settings = get_settings()
    backends = open_backends(settings)
    result = archive_document(backends, settings, record, path, ext, searchable,
                              contract_key=key, flow_run=_flow_run_id())
    return asdict(result)


@task(name="quarantine-file", retries=4, retry_delay_seconds=exponential_backoff(2),
      retry_condition_fn=only_transient, persist_result=False)
def quarantine_task(path: Path, source: Source, error: dict, sha256: str | None) -> str:
    settings = get_settings()
    backends = open_backends(settings)
    err = _error_from_dict(error)
    return quarantine_file(backends, settings, path, source, err, sha256=sha256,
                           flow_run=_flow_run_id())


def _error_from_dict(d: dict) -> ContractsError:
    err = PermanentError(d["message"], stage=d.get("stage", ""))
    err.kind = d["kind"]
    return err


def _outcome_from_record(file: str, record: Record, status: str, version: int | None) -> FileOutcome:
    f = record.fields
    total = f.total
    return FileOutcome(
        file=file, status=status, archive_number=record.archive_number, version=version,
        contract_type=record.contract_type.value,
        confidence=round(record.contract_type.confidence, 2),
        parties="; ".join(p.name for p in f.parties),
        signed_date=f.signed_date.value.isoformat() if f.signed_date else None,
        amount=f"{total.value:,.2f} {total.currency}" if total else None,
        pages=record.page_count, sha256=record.sha256,
    )


def expand_paths(paths: list[str | Path]) -> list[Path]:
    """Files as given, and the supported files inside folders (recursively, sorted)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*") if q.is_file()
                              and q.suffix.lower() in SUPPORTED_SUFFIXES))
        else:
            out.append(p)
    return out


class _Doc:
    def __init__(self, path: Path, source: Source) -> None:
        self.path = path
        self.source = source
        self.info: DocumentInfo | None = None
        self.pages: list[PrefectFuture] = []
        self.workdir: Path | None = None


@flow(name="ingest_batch", log_prints=False, persist_result=False,
      task_runner=ThreadPoolTaskRunner(max_workers=get_settings().page_workers))
def ingest_batch(paths: list[str], station: str = "local", batch: str = "") -> list[dict]:
    """Ingest a folder or a list of files: each ends archived or quarantined."""
    files = [(p, Source(station=station, batch=batch, file_name=p.name))
             for p in expand_paths(paths)]
    results = process_files(files)
    report_batch(results, station, batch)
    return [r.to_dict() for r in results]


def process_files(files: list[tuple[Path, Source]]) -> list[FileOutcome]:
    """The body of a batch, called inside a flow run: every file is opened (unusable ones go
    to quarantine, known ones are duplicates), pages are submitted to the task runner a few
    ahead of the document being finished, and documents are archived as their pages finish."""
    logger = get_run_logger()
    settings = get_settings()
    backends: Backends = prepare_backends()
    run_id = _flow_run_id()
    logger.info("%d file(s)", len(files))
    scratch = Path(tempfile.mkdtemp(prefix="contracts-"))
    docs: list[_Doc] = []
    outcomes: dict[int, FileOutcome] = {}
    try:
        for i, (path, source) in enumerate(files):
            doc = _Doc(path, source)
            docs.append(doc)
            try:
                if not path.is_file():
                    raise MissingFileError(f"{path} does not exist or is not a file",
                                           stage="load")
                doc.info = open_document(path, settings)
            except PermanentError as exc:
                outcomes[i] = _quarantine(doc, exc, None)
                emit("file", outcome=outcomes[i].to_dict())
                continue
            doc.source.size = doc.info.size
            doc.source.content_type = doc.info.content_type
        opened = [i for i, d in enumerate(docs) if i not in outcomes]
        try:
            known = find_archived_task([docs[i].info.sha256 for i in opened])  # type: ignore[union-attr]
        except TransientError as exc:
            logger.error("archive unreachable: %s (files left for the next run)", exc)
            for i in opened:
                outcomes[i] = FileOutcome(file=docs[i].path.name, status="failed",
                                          sha256=docs[i].info.sha256,  # type: ignore[union-attr]
                                          error_kind=exc.kind, error=exc.message)
                emit("file", outcome=outcomes[i].to_dict())
            opened = []
        for i in opened:
            doc = docs[i]
            record = known.get(doc.info.sha256)  # type: ignore[union-attr]
            if record is not None:
                try:
                    record_duplicate(backends, record, doc.source, run_id)
                except TransientError as exc:  # only the audit event is lost
                    logger.warning("%s: duplicate not written to the audit log: %s",
                                   doc.path.name, exc)
                outcomes[i] = _outcome_from_record(doc.path.name, record, "duplicate",
                                                   record.version)
                emit("file", outcome=outcomes[i].to_dict())
                continue
            doc.workdir = scratch / f"doc-{i:05d}"
            doc.workdir.mkdir()
            emit("pages", file=doc.path.name, count=doc.info.page_count)  # type: ignore[union-attr]
        # Pages are submitted in order through a window a few pages ahead of the document
        # being finished, so memory does not grow with the size of the batch.
        todo = deque((i, n) for i, doc in enumerate(docs) if i not in outcomes
                     for n in range(doc.info.page_count))  # type: ignore[union-attr]
        window = max(4, 3 * settings.page_workers)
        in_flight = 0
        for i, doc in enumerate(docs):
            if i in outcomes:
                continue
            while todo and (todo[0][0] <= i or in_flight < window):
                j, n = todo.popleft()
                d = docs[j]
                d.pages.append(ocr_page_task.submit(d.path, d.info, n, d.workdir))
                in_flight += 1
            outcomes[i] = _finish(doc, settings, logger)
            in_flight -= len(doc.pages)
            doc.pages = []  # release the page results (words) of a finished document
            emit("file", outcome=outcomes[i].to_dict())
        try:
            backends.index.refresh()  # what was archived is searchable when the run ends
        except TransientError as exc:
            logger.warning("index refresh failed (documents become searchable shortly): %s", exc)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return [outcomes[i] for i in range(len(docs))]


def _quarantine(doc: _Doc, exc: ContractsError, sha256: str | None) -> FileOutcome:
    try:
        quarantine_task(doc.path, doc.source, exc.to_dict(), sha256)
    except TransientError as down:  # the quarantine is unreachable: the file stays for later
        get_run_logger().error("%s: could not be quarantined (%s); left for the next run",
                               doc.path.name, down)
        return FileOutcome(file=doc.path.name, status="failed", sha256=sha256,
                           error_kind=down.kind, error=f"{exc.kind}: {exc.message}; {down.message}")
    return FileOutcome(file=doc.path.name, status="quarantined", sha256=sha256,
                       error_kind=exc.kind, error=exc.message)


def _finish(doc: _Doc, settings: Settings, logger) -> FileOutcome:  # noqa: ANN001
    assert doc.info is not None and doc.workdir is not None
    sha = doc.info.sha256
    try:
        pages: list[PageInfo] = [f.result() for f in doc.pages]
        record = assemble_record(sha, doc.source, pages, settings)
        images = sorted(doc.workdir.glob("page-*.jpg"))
        searchable = None
        if images:
            pairs = list(_pair_pages(images, pages))
            searchable = build_searchable_pdf(
                [(img, ocr) for img, ocr, _ in pairs], doc.workdir / "searchable.pdf",
                dpi=[dpi for _, _, dpi in pairs])
        ext = doc.path.suffix.lower().lstrip(".") or doc.info.kind
        result = archive_task(record, doc.path, ext, searchable, contract_key(record))
    except PermanentError as exc:
        return _quarantine(doc, exc, sha)
    except TransientError as exc:
        logger.error("%s: %s (left for the next run)", doc.path.name, exc)
        return FileOutcome(file=doc.path.name, status="failed", sha256=sha,
                           error_kind=exc.kind, error=exc.message)
    except Exception as exc:  # a bug must not take the rest of the batch down with it
        logger.exception("%s: unexpected error (left for the next run)", doc.path.name)
        return FileOutcome(file=doc.path.name, status="failed", sha256=sha,
                           error_kind="internal_error", error=f"{type(exc).__name__}: {exc}")
    status = "needs_review" if record.review_reasons else "archived"
    if result["outcome"] == "new_version":
        status = f"{status} (version {result['version']})"
    return _outcome_from_record(doc.path.name, record, status, result["version"])


def _pair_pages(images: list[Path], pages: list[PageInfo]):
    """(JPEG file, OCR result, dpi) of every page that has an image, in page order."""
    from extractors.ocr import PageOCR

    by_number = {p.number: p for p in pages}
    for img in images:
        page = by_number[int(img.stem.split("-")[1])]
        yield img, PageOCR(words=page.words, text=page.text,
                           mean_confidence=page.ocr_confidence), page.dpi or 200


def report_batch(results: list[FileOutcome], station: str, batch: str) -> None:
    """A table artifact of every file and a markdown summary for the operator."""
    if _flow_run_id() is None:
        return
    rows = [{"file": r.file, "archive number": r.archive_number or "", "type": r.contract_type or "",
             "parties": r.parties, "amount": r.amount or "", "status": r.status,
             "confidence": r.confidence if r.confidence is not None else "",
             "pages": r.pages, "error": f"{r.error_kind}: {r.error}" if r.error_kind else ""}
            for r in results]
    key = "-".join(x for x in ("batch", station, batch) if x).lower()
    key = "".join(c if c.isalnum() or c == "-" else "-" for c in key)[:100]
    create_table_artifact(rows, key=key, description=f"Batch {station}/{batch}")
    counts: dict[str, int] = {}
    for r in results:
        counts[r.status.split(" ")[0]] = counts.get(r.status.split(" ")[0], 0) + 1
    lines = [f"# Batch {station}/{batch or '(local)'}", "",
             "| outcome | files |", "| --- | --- |"]
    lines += [f"| {k} | {v} |" for k, v in sorted(counts.items())]
    quarantined = [r for r in results if r.status in ("quarantined", "failed")]
    if quarantined:
        lines += ["", "## Quarantined or failed", ""]
        lines += [f"- `{r.file}`: **{r.error_kind}**: {r.error}" for r in quarantined]
    create_markdown_artifact("\n".join(lines), key=key + "-summary",
                             description=f"Summary of batch {station}/{batch}")
