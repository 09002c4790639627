"""Security against the real MinIO and Elasticsearch (these tests FAIL when the services are
not running): secrets come from settings only and never show in logs, output, records, error
reports or audit events; scanning stations can only upload into the inbox; archived objects are
encrypted at rest."""

from __future__ import annotations

import json
import secrets
import subprocess
from pathlib import Path

import pytest
from minio import Minio
from minio.credentials import StaticProvider
from minio.error import S3Error
from minio.minioadmin import MinioAdmin

from contracts_core.settings import Settings
from storage import open_backends
from tests import badinput
from tests.conftest import ROOT
from tests.storage.conftest import require_real_services

pytestmark = [pytest.mark.real, pytest.mark.slow]
POLICY_FILE = ROOT / "deploy" / "minio" / "station-policy.json"


@pytest.fixture(scope="module")
def real_env() -> dict[str, str]:
    return require_real_services("security tests")


def _isolated(real_env: dict[str, str], data: Path) -> tuple[dict[str, str], Settings]:
    prefix = "ts" + secrets.token_hex(4)
    env = {**real_env,
           "CONTRACTS_INBOX_BUCKET": f"{prefix}-inbox",
           "CONTRACTS_ARCHIVE_BUCKET": f"{prefix}-archive",
           "CONTRACTS_QUARANTINE_BUCKET": f"{prefix}-quarantine",
           "CONTRACTS_INDEX_ALIAS": f"{prefix}-contracts",
           "CONTRACTS_AUDIT_INDEX": f"{prefix}-audit",
           "CONTRACTS_REGISTRY_INDEX": f"{prefix}-registry",
           "CONTRACTS_DATA_DIR": str(data)}
    return env, Settings(**{k.removeprefix("CONTRACTS_").lower(): v for k, v in env.items()})


def _drop(settings: Settings) -> None:
    backends = open_backends(settings)
    for part in (backends.store, backends.index, backends.registry, backends.audit):
        drop = getattr(part, "drop_buckets", None) or getattr(part, "drop", None)
        if drop is not None:
            drop()


def _root_client(env: dict[str, str]) -> Minio:
    return Minio(env["CONTRACTS_S3_ENDPOINT"], access_key=env["CONTRACTS_S3_ACCESS_KEY"],
                 secret_key=env["CONTRACTS_S3_SECRET_KEY"], secure=False)


@pytest.fixture(scope="module")
def ingested(real_env, tmp_path_factory, prefect_server):
    """A small batch (a good scan, a corrupt file) through the real backends with every secret
    set, Prefect logging at DEBUG; then the same with the object store unreachable (errors)."""
    root = tmp_path_factory.mktemp("security")
    es_password = "es-" + secrets.token_urlsafe(18)
    env, settings = _isolated(real_env, root / "data")
    env.update({"CONTRACTS_ES_USERNAME": "elastic", "CONTRACTS_ES_PASSWORD": es_password})
    settings = settings.model_copy(update={"es_username": "elastic"})
    inbox = root / "inbox"
    good = badinput.small_doc(inbox / "contract.png", seed=secrets.randbelow(10**6))
    bad = badinput.make("corrupt", inbox)
    child = {**badinput.child_env(env), "PREFECT_LOGGING_LEVEL": "DEBUG"}
    runs = [subprocess.run(badinput.cli_ingest_command([good, bad], station="sec", batch="b1"),
                           env=child, capture_output=True, text=True, timeout=300)]
    broken = {**child, "CONTRACTS_S3_ENDPOINT": "127.0.0.1:9"}  # nothing listens: errors
    runs.append(subprocess.run(badinput.cli_ingest_command([good], station="sec", batch="b2"),
                               env=broken, capture_output=True, text=True, timeout=300))
    yield {"env": env, "settings": settings, "runs": runs, "good": good,
           "secrets": [real_env["CONTRACTS_S3_SECRET_KEY"], es_password]}
    _drop(settings)


def _stored_texts(settings: Settings) -> dict[str, str]:
    backends = open_backends(settings)
    texts: dict[str, str] = {}
    for bucket in (settings.archive_bucket, settings.quarantine_bucket):
        for obj in backends.store.list(bucket):
            if obj.key.endswith(".json"):
                texts[f"{bucket}/{obj.key}"] = backends.store.get_bytes(bucket, obj.key).decode()
    backends.index.refresh()
    for doc_id in backends.index.ids():
        texts[f"index/{doc_id}"] = json.dumps(backends.index.get(doc_id), ensure_ascii=False)
    for event in backends.audit.events():
        texts[f"audit/{event.event}"] = event.model_dump_json()
    return texts


def test_the_ingest_worked_with_secrets_set(ingested):
    first = ingested["runs"][0]
    assert first.returncode == 0, first.stderr[-3000:]
    outcomes = {o["file"]: o for o in badinput.parse_outcomes(first.stdout)}
    assert outcomes["contract.png"]["archive_number"], outcomes
    assert outcomes["corrupt.pdf"]["error_kind"] == "corrupt_file"
    assert ingested["runs"][1].returncode != 0  # the store was unreachable


def test_secrets_never_appear_in_output_logs_records_or_error_reports(ingested):
    texts = _stored_texts(ingested["settings"])
    assert any(k.endswith("record.json") for k in texts), texts.keys()
    assert any(k.endswith(".error.json") for k in texts), texts.keys()
    for i, run in enumerate(ingested["runs"]):
        texts[f"run{i}/stdout"] = run.stdout
        texts[f"run{i}/stderr"] = run.stderr
    assert len(ingested["runs"][0].stderr) > 0  # DEBUG logging did produce logs
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        texts["prefect/logs"] = "\n".join(log.message for log in client.read_logs())
    for secret in ingested["secrets"]:
        leaks = [where for where, text in texts.items() if secret in text]
        assert not leaks, f"a secret appears in {leaks}"


def test_settings_hide_secrets_when_printed(ingested):
    settings = ingested["settings"]
    shown = repr(settings) + str(settings.model_dump()) + settings.model_dump_json()
    for secret in ingested["secrets"][:1]:
        assert secret not in shown


def test_archived_objects_are_encrypted_at_rest(ingested):
    settings, env = ingested["settings"], ingested["env"]
    client = _root_client(env)
    keys = [o.object_name for o in client.list_objects(settings.archive_bucket, recursive=True)]
    assert any(k.endswith("/original.png") for k in keys) and any(
        k.endswith("/record.json") for k in keys), keys
    for key in keys:
        stat = client.stat_object(settings.archive_bucket, key)
        headers = {k.lower(): v for k, v in stat.metadata.items()}
        assert headers.get("x-amz-server-side-encryption") in ("AES256", "aws:kms"), (key, headers)


def test_station_can_only_upload_into_the_inbox(real_env, tmp_path):
    env, settings = _isolated(real_env, tmp_path / "data")
    open_backends(settings).store.ensure_buckets()
    admin = MinioAdmin(endpoint=env["CONTRACTS_S3_ENDPOINT"], secure=False,
                       credentials=StaticProvider(env["CONTRACTS_S3_ACCESS_KEY"],
                                                  env["CONTRACTS_S3_SECRET_KEY"]))
    text = POLICY_FILE.read_text(encoding="utf-8")
    assert "contracts-inbox" in text
    policy = json.loads(text.replace("contracts-inbox", settings.inbox_bucket))
    name, user, password = (f"{settings.inbox_bucket}-station", "station-" + secrets.token_hex(4),
                            secrets.token_urlsafe(24))
    root = _root_client(env)
    root.put_object(settings.archive_bucket, "XS-2026-000001/record.json",
                    __import__("io").BytesIO(b"{}"), 2)
    admin.policy_add(name, policy=policy)
    admin.user_add(user, password)
    try:
        admin.attach_policy([name], user=user)
        station = Minio(env["CONTRACTS_S3_ENDPOINT"], access_key=user, secret_key=password,
                        secure=False)
        import io

        data = b"%PDF-1.4 scan"
        own = f"{user}/batch-1/scan.pdf"  # a station uploads under its own name
        station.put_object(settings.inbox_bucket, own, io.BytesIO(data), len(data))
        assert root.stat_object(settings.inbox_bucket, own).size == len(data)

        def denied(call) -> None:
            with pytest.raises(S3Error) as info:
                call()
            assert info.value.code == "AccessDenied", info.value

        denied(lambda: station.put_object(settings.archive_bucket, "XS-2026-000002/original.pdf",
                                          io.BytesIO(data), len(data)))
        denied(lambda: list(station.list_objects(settings.archive_bucket, recursive=True)))
        denied(lambda: station.get_object(settings.archive_bucket,
                                          "XS-2026-000001/record.json").read())
        denied(lambda: station.get_object(settings.inbox_bucket, own).read())
        denied(lambda: station.put_object(settings.inbox_bucket, "other-station/b/scan.pdf",
                                          io.BytesIO(data), len(data)))
        denied(lambda: list(station.list_objects(settings.inbox_bucket, recursive=True)))
        denied(lambda: station.put_object(settings.quarantine_bucket, "x/scan.pdf",
                                          io.BytesIO(data), len(data)))
        denied(lambda: station.remove_object(settings.inbox_bucket, own))
    finally:
        admin.user_remove(user)
        admin.policy_remove(name)
        _drop(settings)
