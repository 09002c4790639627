"""Prefect deployments of the product's flows.

* ``ingest_inbox_batch/<name>`` (default name ``contracts``): started by the watcher, one run
  per complete batch, tagged per station by the watcher;
* ``expiry_report/daily`` (07:00) and ``archive_audit/nightly`` (02:30): scheduled reports.

Two ways to run them (see deploy/README.md):

``python -m flows.deployments serve``
    one long-lived process that registers the three deployments and runs their flow runs
    itself (``prefect.serve``); the simplest setup, one machine.

``python -m flows.deployments deploy --pool contracts``
    registers the deployments on a work pool of type *process*; any number of
    ``prefect worker start --pool contracts`` on any number of machines (with this repository
    at the same path and the same ``CONTRACTS_*`` settings) pick the runs up.

Both also create the tag concurrency limit ``ocr`` (``CONTRACTS_OCR_CONCURRENCY``, default 2):
at most that many OCR tasks run at once over all flow runs and workers, whatever the number
of batches in flight.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from flows.intake import IntakeSettings, ingest_inbox_batch
from flows.reports import archive_audit, expiry_report

ROOT = Path(__file__).resolve().parent.parent
EXPIRY_CRON = "0 7 * * *"
AUDIT_CRON = "30 2 * * *"


def ensure_ocr_limit(limit: int) -> None:
    """Create (or update) the tag-based concurrency limit on ``ocr`` tasks."""
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        client.create_concurrency_limit(tag="ocr", concurrency_limit=limit)


def runner_deployments(name: str, *, timezone: str = "Asia/Shanghai") -> list:
    from prefect.client.schemas.schedules import CronSchedule

    return [
        ingest_inbox_batch.to_deployment(
            name=name, tags=["contracts", "intake"],
            description="One complete inbox batch; started by `contracts watch`."),
        expiry_report.to_deployment(
            name="daily", tags=["contracts", "report"],
            schedule=CronSchedule(cron=EXPIRY_CRON, timezone=timezone)),
        archive_audit.to_deployment(
            name="nightly", tags=["contracts", "report"],
            schedule=CronSchedule(cron=AUDIT_CRON, timezone=timezone)),
    ]


def serve(name: str, ocr_limit: int, *, limit: int | None = None) -> None:
    from prefect import serve as prefect_serve

    ensure_ocr_limit(ocr_limit)
    prefect_serve(*runner_deployments(name), limit=limit, print_starting_message=True)


def deploy(name: str, pool: str, ocr_limit: int, *, timezone: str = "Asia/Shanghai") -> None:
    """Register the deployments on a process work pool (code taken from this checkout)."""
    from prefect import flow
    from prefect.client.schemas.schedules import CronSchedule

    ensure_ocr_limit(ocr_limit)
    specs = [
        ("flows/intake.py:ingest_inbox_batch", name, None, ["contracts", "intake"]),
        ("flows/reports.py:expiry_report", "daily", EXPIRY_CRON, ["contracts", "report"]),
        ("flows/reports.py:archive_audit", "nightly", AUDIT_CRON, ["contracts", "report"]),
    ]
    for entrypoint, dep_name, cron, tags in specs:
        f = flow.from_source(source=str(ROOT), entrypoint=entrypoint)
        f.deploy(name=dep_name, work_pool_name=pool, tags=tags, build=False, push=False,
                 schedule=CronSchedule(cron=cron, timezone=timezone) if cron else None)


def main(argv: list[str] | None = None) -> None:
    cfg = IntakeSettings()
    p = argparse.ArgumentParser(prog="python -m flows.deployments", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("serve", help="serve the deployments from this process")
    s.add_argument("--name", default=cfg.deployment_name)
    s.add_argument("--limit", type=int, default=None, help="most flow runs at once")
    d = sub.add_parser("deploy", help="register the deployments on a process work pool")
    d.add_argument("--name", default=cfg.deployment_name)
    d.add_argument("--pool", default="contracts")
    for q in (s, d):
        q.add_argument("--ocr-limit", type=int, default=cfg.ocr_concurrency)
    args = p.parse_args(argv)
    if args.cmd == "serve":
        serve(args.name, args.ocr_limit, limit=args.limit)
    else:
        deploy(args.name, args.pool, args.ocr_limit)


if __name__ == "__main__":
    main()
