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
out = Console()
err = Console(stderr=True)


def _quiet_prefect() -> None:
    """Keep Prefect's own console logs off stdout (JSON output must stay clean)."""
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")


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
            results = ingest_batch([str(p) for p in files], station=station, batch=batch)
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


if __name__ == "__main__":  # pragma: no cover
    app()
