"""The Kibana saved objects import as a whole (every reference resolves inside the file) and
use only fields the Elasticsearch mapping has, each with a type that fits its use."""

from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from flows.kibana import NDJSON, saved_objects, to_ndjson
from storage.es_mapping import RECORD_MAPPING

NUMERIC = {"long", "integer", "short", "byte", "double", "float", "half_float", "scaled_float"}
AGG_TYPES = {"terms": {"keyword"}, "date_histogram": {"date"}, "sum": NUMERIC, "avg": NUMERIC,
             "max": NUMERIC, "min": NUMERIC}


def _flatten(props: dict, prefix: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    for name, spec in props.items():
        path = prefix + name
        if "properties" in spec:
            out.update(_flatten(spec["properties"], path + "."))
        if "type" in spec and spec["type"] != "object":
            out[path] = spec["type"]
        for sub, sub_spec in spec.get("fields", {}).items():
            out[f"{path}.{sub}"] = sub_spec["type"]
    return out


FIELDS = _flatten(RECORD_MAPPING["properties"])


@pytest.fixture(scope="module")
def objects() -> list[dict]:
    return [json.loads(line) for line in NDJSON.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def test_file_is_current(objects) -> None:
    assert NDJSON.read_text(encoding="utf-8") == to_ndjson(saved_objects()), \
        "deploy/kibana/saved_objects.ndjson is stale: run python -m flows.kibana"


def test_objects_and_references(objects) -> None:
    ids = {(o["type"], o["id"]) for o in objects}
    assert len(ids) == len(objects), "ids are unique"
    types = [o["type"] for o in objects]
    assert types.count("index-pattern") == 1 and types.count("dashboard") == 1
    assert {o["attributes"]["title"] for o in objects if o["type"] == "search"} == {
        "Contracts needing review", "Contracts expiring within 90 days"}
    for o in objects:
        for ref in o["references"]:
            assert (ref["type"], ref["id"]) in ids, f"{o['id']}: dangling reference {ref}"
        attrs = o["attributes"]
        meta = attrs.get("kibanaSavedObjectMeta", {}).get("searchSourceJSON")
        if meta:
            src = json.loads(meta)
            if "indexRefName" in src:
                assert src["indexRefName"] in {r["name"] for r in o["references"]}
    dashboard = next(o for o in objects if o["type"] == "dashboard")
    panels = json.loads(dashboard["attributes"]["panelsJSON"])
    ref_names = {r["name"] for r in dashboard["references"]}
    assert len(panels) == 5
    for p in panels:
        assert f"{p['panelIndex']}:{p['panelRefName']}" in ref_names


def _kql_fields(query: str) -> list[tuple[str, str]]:
    return re.findall(r"([A-Za-z_][\w.]*)\s*(:|>=|<=|>|<)", query)


def test_fields_exist_with_fitting_types(objects) -> None:
    data_view = next(o for o in objects if o["type"] == "index-pattern")
    assert data_view["attributes"]["title"] == "contracts"
    assert FIELDS[data_view["attributes"]["timeFieldName"]] == "date"
    used = 0
    for o in objects:
        attrs = o["attributes"]
        for col in attrs.get("columns", []):
            assert col in FIELDS, f"{o['id']}: column {col} not in the mapping"
        for field, _ in attrs.get("sort", []):
            assert field in FIELDS
        meta = attrs.get("kibanaSavedObjectMeta", {}).get("searchSourceJSON")
        if meta:
            for field, op in _kql_fields(json.loads(meta)["query"]["query"]):
                assert field in FIELDS, f"{o['id']}: KQL field {field} not in the mapping"
                if op != ":":
                    assert FIELDS[field] in {"date"} | NUMERIC, f"range on {field}"
                used += 1
        if "visState" in attrs:
            for agg in json.loads(attrs["visState"])["aggs"]:
                field = agg["params"].get("field")
                if field:
                    assert field in FIELDS, f"{o['id']}: {field} not in the mapping"
                    assert FIELDS[field] in AGG_TYPES[agg["type"]], \
                        f"{o['id']}: {agg['type']} on {field} ({FIELDS[field]})"
                    used += 1
    assert used >= 7


def test_kibana_import_posts_the_file(tmp_path: Path) -> None:
    """``contracts kibana-import`` sends the NDJSON to the import API with kbn-xsrf."""
    from flows.kibana import import_saved_objects

    seen: dict = {}

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's naming
            body = self.rfile.read(int(self.headers["Content-Length"]))
            seen.update(path=self.path, xsrf=self.headers.get("kbn-xsrf"), body=body)
            answer = json.dumps({"success": True, "successCount": 8}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *args) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.handle_request, daemon=True).start()
    try:
        body = import_saved_objects(f"http://127.0.0.1:{server.server_port}/")
    finally:
        server.server_close()
    assert body["successCount"] == 8
    assert seen["path"] == "/api/saved_objects/_import?overwrite=true"
    assert seen["xsrf"]
    assert NDJSON.read_bytes() in seen["body"]
