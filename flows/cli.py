"""``contracts``: ingest scans, extract one file, search the archive, show a record."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from contracts_core.errors import ContractsError
from contracts_core.settings import get_settings

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Scanned contracts in, numbered searchable archive out.")
out = Console(width=None if sys.stdout.isatty() else 200)
err = Console(stderr=True)


def _quiet_prefect() -> None:
    """Keep Prefect's own console logs off stdout (JSON output must stay clean)."""
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    # this product's machines reach only their own services: no telemetry calls from the server
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    # the temporary local server of the embedded defaults may start slowly on a busy machine
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")


def _print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")
    sys.stdout.flush()


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of scans")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON line per input file")] = False,
    station: Annotated[str, typer.Option(help="Scanning station name")] = "local",
    batch: Annotated[str, typer.Option(help="Batch name")] = "",
) -> None:
    """Ingest scans: every file ends archived or quarantined."""
    _quiet_prefect()
    from flows import progress
    from prefect.task_runners import ThreadPoolTaskRunner

    from flows.ingest import expand_paths, ingest_batch

    files = expand_paths(paths)
    if not files:
        err.print("[red]no supported files found[/red] (PDF, TIFF, JPEG, PNG)")
        raise typer.Exit(2)
    bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                   TimeElapsedColumn(), console=err, disable=as_json and not err.is_terminal)
    pages_task = bar.add_task("pages OCRed", total=0)
    files_task = bar.add_task("files done ", total=len(files))

    def listener(event: str, data: dict) -> None:
        if event == "pages":
            bar.update(pages_task, total=(bar.tasks[pages_task].total or 0) + data["count"])
        elif event == "page":
            bar.advance(pages_task)
        elif event == "file":
            bar.advance(files_task)
            if as_json:
                _print_json(data["outcome"])

    progress.subscribe(listener)
    try:
        with bar:
            # the page workers are read now, not when the module was imported
            flow_fn = ingest_batch.with_options(
                task_runner=ThreadPoolTaskRunner(max_workers=get_settings().page_workers))
            results = flow_fn([str(p) for p in files], station=station, batch=batch)
    finally:
        progress.unsubscribe(listener)
    if not as_json:
        _print_outcomes(results)
    if any(r["status"] == "failed" for r in results):
        raise typer.Exit(1)


def _print_outcomes(results: list[dict]) -> None:
    table = Table(title="Ingested", show_lines=False)
    for col in ("file", "archive number", "type", "parties", "signed", "amount", "status"):
        table.add_column(col, overflow="fold")
    for r in results:
        status = r["status"]
        if r.get("error_kind"):
            status = f"{status}: {r['error_kind']} — {r['error']}"
        style = {"archived": "green", "duplicate": "cyan", "quarantined": "red",
                 "failed": "red"}.get(r["status"].split(" ")[0], "yellow")
        table.add_row(r["file"], r.get("archive_number") or "", r.get("contract_type") or "",
                      r.get("parties") or "", r.get("signed_date") or "", r.get("amount") or "",
                      f"[{style}]{status}[/{style}]")
    out.print(table)


@app.command()
def extract(
    file: Annotated[Path, typer.Argument(help="One scan")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the record as JSON")] = False,
) -> None:
    """Run load → clean → OCR → extract → classify on one file and print the record (stores nothing)."""
    from extractors.pipeline import extract_file

    try:
        record = extract_file(file, get_settings())
    except ContractsError as exc:
        if as_json:
            _print_json({"file": file.name, "status": "error", **exc.to_dict()})
        else:
            err.print(f"[red]{exc.kind}[/red]: {exc.message}")
        raise typer.Exit(1) from exc
    if as_json:
        sys.stdout.write(record.model_dump_json(indent=2) + "\n")
        return
    _print_record(record.model_dump(mode="json"))


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words, names, numbers (Chinese or English)")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON line per hit")] = False,
    contract_type: Annotated[Optional[str], typer.Option("--type", help="Filter by type")] = None,
    status: Annotated[Optional[str], typer.Option(help="Filter by status")] = None,
    size: Annotated[int, typer.Option("--size", "-n", help="Most hits")] = 10,
) -> None:
    """Search the archive."""
    from storage import open_backends

    backends = open_backends(get_settings())
    filters = {k: v for k, v in (("contract_type", contract_type), ("status", status)) if v}
    hits = backends.index.search(query, filters=filters or None, size=size)
    if as_json:
        for h in hits:
            d = h.doc
            _print_json({"archive_number": h.id, "score": round(h.score, 3),
                         "contract_type": d.get("contract_type"),
                         "parties": d.get("party_names"), "signed_date": d.get("signed_date"),
                         "total_amount": d.get("total_amount"), "currency": d.get("currency"),
                         "status": d.get("status"), "file_name": d.get("file_name")})
        return
    table = Table(title=f"{len(hits)} hit(s) for {query!r}")
    for col in ("archive number", "type", "parties", "signed", "amount", "status"):
        table.add_column(col, overflow="fold")
    for h in hits:
        d = h.doc
        amount = f"{d['total_amount']:,.2f} {d.get('currency') or ''}" if d.get("total_amount") else ""
        table.add_row(h.id, d.get("contract_type") or "", "; ".join(d.get("party_names") or []),
                      d.get("signed_date") or "", amount, d.get("status") or "")
    out.print(table)


@app.command()
def show(
    archive_number: Annotated[str, typer.Argument(help="e.g. XS-2026-000042")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the record as JSON")] = False,
) -> None:
    """Show an archived record."""
    from storage import open_backends
    from storage.archiver import load_record

    settings = get_settings()
    record = load_record(open_backends(settings), settings, archive_number)
    if record is None:
        err.print(f"[red]no archived record {archive_number}[/red]")
        raise typer.Exit(1)
    if as_json:
        sys.stdout.write(record.model_dump_json(indent=2) + "\n")
        return
    _print_record(record.model_dump(mode="json"))


def _print_record(r: dict) -> None:
    f = r["fields"]
    table = Table(show_header=False, title=r.get("archive_number") or r["source"]["file_name"])
    table.add_column("field", style="bold")
    table.add_column("value", overflow="fold")

    def conf(x: dict | None) -> str:
        return f"  [dim]({x['confidence']:.2f}, p{x['source'].get('page')})[/dim]" if x else ""

    table.add_row("type", f"{r['contract_type']['value']} ({r['contract_type']['confidence']:.2f})")
    table.add_row("status", r["status"] + (f" — {'; '.join(r['review_reasons'])}"
                                           if r["review_reasons"] else ""))
    for p in f["parties"]:
        table.add_row(p["role"], p["name"] + conf(p))
    for name in ("contract_no", "signed_date", "effective_date", "expiry_date"):
        if f.get(name):
            table.add_row(name, str(f[name]["value"]) + conf(f[name]))
    for a in f["amounts"]:
        table.add_row("total" if a["is_total"] else "amount",
                      f"{a['value']} {a['currency']}  [dim]{a['raw']}[/dim]" + conf(a))
    if f.get("amount_in_words_matches"):
        table.add_row("amount in words", str(f["amount_in_words_matches"]["value"]))
    table.add_row("pages", str(r["page_count"]))
    table.add_row("language", r["language"])
    out.print(table)


@app.command()
def watch(
    once: Annotated[bool, typer.Option("--once", help="Reconcile the inbox once and exit")] = False,
    deployment: Annotated[Optional[str], typer.Option(
        help="Deployment to run, e.g. ingest_inbox_batch/contracts")] = None,
    inline: Annotated[Optional[bool], typer.Option(
        "--inline/--deployment-runs",
        help="Run batches in this process / as deployment flow runs (default: deployment "
             "runs when PREFECT_API_URL is set)")] = None,
) -> None:
    """Watch the inbox: one flow run per complete batch (its manifest.json has arrived)."""
    import logging
    import signal
    import threading

    from flows.watch import make_watcher, setup_logging

    _quiet_prefect()
    setup_logging(logging.INFO)
    watcher = make_watcher(get_settings(), deployment=deployment, inline=inline)
    if once:
        started = watcher.reconcile()
        err.print(f"{len(started)} flow run(s) started")
        return
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    watcher.run(stop)


@app.command()
def expiring(
    days: Annotated[int, typer.Option("--days", "-d", help="Window in days from today")] = 90,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON line per contract")] = False,
) -> None:
    """Contracts whose expiry date falls within the next N days."""
    from flows.reports import expiring_contracts
    from storage import open_backends

    rows = expiring_contracts(open_backends(get_settings()), days)
    if as_json:
        for r in rows:
            _print_json(r)
        return
    table = Table(title=f"{len(rows)} contract(s) expiring within {days} days")
    for col in ("archive number", "type", "parties", "expires", "days left", "amount"):
        table.add_column(col, overflow="fold")
    for r in rows:
        amount = (f"{r['total_amount']:,.2f} {r['currency']}"
                  if r.get("total_amount") is not None else "")
        table.add_row(r["archive_number"], r["contract_type"], r["parties"], r["expiry_date"],
                      str(r["days_left"]), amount)
    out.print(table)


@app.command()
def audit(
    as_json: Annotated[bool, typer.Option("--json", help="The report as JSON")] = False,
    stale_days: Annotated[Optional[int], typer.Option(
        help="Inbox batches older than this are reported")] = None,
) -> None:
    """Audit the archive (checksums, index, numbering, inbox); exit code 1 on problems."""
    from flows.intake import IntakeSettings
    from flows.reports import audit_archive
    from storage import open_backends

    settings = get_settings()
    days = stale_days if stale_days is not None else IntakeSettings().inbox_stale_days
    report = audit_archive(open_backends(settings), settings, stale_days=days)
    if as_json:
        _print_json(report.to_dict())
    else:
        table = Table(title="Archive audit: " + ("OK" if report.ok else
                                                 f"{len(report.findings)} problem(s)"))
        for col in ("check", "subject", "detail"):
            table.add_column(col, overflow="fold")
        for f in report.findings:
            table.add_row(f.check, f.subject, f.detail)
        out.print(table)
        out.print(", ".join(f"{k}: {v}" for k, v in report.checked.items()))
    if not report.ok:
        raise typer.Exit(1)


@app.command("kibana-import")
def kibana_import(
    url: Annotated[str, typer.Argument(help="Kibana base URL, e.g. http://localhost:5601")],
    file: Annotated[Optional[Path], typer.Option(help="Saved-objects NDJSON")] = None,
    username: Annotated[Optional[str], typer.Option(envvar="KIBANA_USERNAME")] = None,
    password: Annotated[Optional[str], typer.Option(envvar="KIBANA_PASSWORD")] = None,
    api_key: Annotated[Optional[str], typer.Option(envvar="KIBANA_API_KEY")] = None,
) -> None:
    """Import the data view, saved searches and dashboard into Kibana (overwrite)."""
    import httpx

    from flows.kibana import NDJSON, import_saved_objects

    try:
        body = import_saved_objects(url, file or NDJSON, username=username, password=password,
                                    api_key=api_key)
    except (RuntimeError, OSError) as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(1) from exc
    except httpx.HTTPError as exc:
        err.print(f"[red]Kibana unreachable at {url}: {type(exc).__name__}: {exc}[/red]")
        raise typer.Exit(1) from exc
    out.print(f"imported {body.get('successCount', 0)} saved object(s) into {url}")


@app.command()
def reindex() -> None:
    """Rebuild the search index from the current mapping and swap the alias."""
    from storage import open_backends

    index = open_backends(get_settings()).index
    name = index.reindex()  # type: ignore[attr-defined]
    out.print(f"search index rebuilt: {name}")


if __name__ == "__main__":  # pragma: no cover
    app()
