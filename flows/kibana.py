"""Kibana saved objects for the searchers: a data view on ``contracts`` (time field
``signed_date``), saved searches "Contracts needing review" and "Contracts expiring within 90
days", and a dashboard (contracts by type, contracts by month, total amount by month, top
counterparties, the review list).

``python -m flows.kibana`` (re)writes deploy/kibana/saved_objects.ndjson from
:func:`saved_objects`; ``contracts kibana-import URL`` posts that file to
``<URL>/api/saved_objects/_import?overwrite=true``. Objects use legacy aggregation-based
visualizations, which every Kibana 8.x imports and migrates.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

NDJSON = Path(__file__).resolve().parent.parent / "deploy" / "kibana" / "saved_objects.ndjson"
DATA_VIEW_ID = "contracts-data-view"
INDEX_REF = "kibanaSavedObjectMeta.searchSourceJSON.index"
NEEDS_REVIEW_KQL = "status:needs_review"
EXPIRING_KQL = 'expiry_date >= "now/d" and expiry_date <= "now/d+90d"'
_CORE = "8.8.0"


def _search_source(query: str = "", *, with_index: bool = True) -> dict[str, str]:
    src: dict[str, Any] = {"query": {"query": query, "language": "kuery"}, "filter": []}
    if with_index:
        src["indexRefName"] = INDEX_REF
    return {"searchSourceJSON": json.dumps(src, ensure_ascii=False)}


def _index_ref() -> list[dict[str, str]]:
    return [{"id": DATA_VIEW_ID, "name": INDEX_REF, "type": "index-pattern"}]


def _obj(type_: str, id_: str, attributes: dict, references: list, migration: str) -> dict:
    return {"id": id_, "type": type_, "attributes": attributes, "references": references,
            "managed": False, "coreMigrationVersion": _CORE, "typeMigrationVersion": migration}


def _data_view() -> dict:
    return _obj("index-pattern", DATA_VIEW_ID, {
        "title": "contracts", "name": "Contracts", "timeFieldName": "signed_date",
        "fieldFormatMap": json.dumps({"total_amount": {"id": "number",
                                                       "params": {"pattern": "0,0.00"}}}),
    }, [], "8.0.0")


def _search(id_: str, title: str, query: str, columns: list[str], sort: list[list[str]],
            description: str) -> dict:
    return _obj("search", id_, {
        "title": title, "description": description, "columns": columns, "sort": sort,
        "grid": {}, "hideChart": True, "isTextBasedQuery": False,
        "kibanaSavedObjectMeta": _search_source(query),
    }, _index_ref(), "8.0.0")


def _count() -> dict:
    return {"id": "1", "enabled": True, "type": "count", "params": {}, "schema": "metric"}


def _xy_params(kind: str, y_title: str) -> dict:
    return {
        "type": kind, "addTooltip": True, "addLegend": False, "legendPosition": "right",
        "times": [], "addTimeMarker": False, "grid": {"categoryLines": False},
        "categoryAxes": [{"id": "CategoryAxis-1", "type": "category", "position": "bottom",
                          "show": True, "style": {}, "scale": {"type": "linear"},
                          "labels": {"show": True, "filter": True, "truncate": 100},
                          "title": {}}],
        "valueAxes": [{"id": "ValueAxis-1", "name": "LeftAxis-1", "type": "value",
                       "position": "left", "show": True, "style": {},
                       "scale": {"type": "linear", "mode": "normal"},
                       "labels": {"show": True, "rotate": 0, "filter": False, "truncate": 100},
                       "title": {"text": y_title}}],
        "seriesParams": [{"show": True, "type": kind, "mode": "normal",
                          "data": {"label": y_title, "id": "1"}, "valueAxis": "ValueAxis-1",
                          "drawLinesBetweenPoints": True, "lineWidth": 2, "showCircles": True,
                          "interpolate": "linear"}],
        "thresholdLine": {"show": False, "value": 10, "width": 1, "style": "full",
                          "color": "#E7664C"},
        "labels": {"show": False},
    }


def _vis(id_: str, title: str, vis_type: str, aggs: list[dict], params: dict) -> dict:
    vis_state = {"title": title, "type": vis_type, "aggs": aggs, "params": params}
    return _obj("visualization", id_, {
        "title": title, "description": "", "version": 1, "uiStateJSON": "{}",
        "visState": json.dumps(vis_state, ensure_ascii=False),
        "kibanaSavedObjectMeta": _search_source(""),
    }, _index_ref(), "8.5.0")


def _month(field: str) -> dict:
    return {"id": "2", "enabled": True, "type": "date_histogram", "schema": "segment",
            "params": {"field": field, "useNormalizedEsInterval": True, "interval": "M",
                       "drop_partials": False, "min_doc_count": 1, "extended_bounds": {}}}


def _terms(field: str, size: int, schema: str, order_by: str = "1") -> dict:
    return {"id": "2", "enabled": True, "type": "terms", "schema": schema,
            "params": {"field": field, "orderBy": order_by, "order": "desc", "size": size,
                       "otherBucket": False, "missingBucket": False}}


def _sum(field: str) -> dict:
    return {"id": "1", "enabled": True, "type": "sum", "schema": "metric",
            "params": {"field": field}}


def saved_objects() -> list[dict]:
    review = _search("contracts-needs-review", "Contracts needing review", NEEDS_REVIEW_KQL,
                     ["archive_number", "contract_type", "party_names", "signed_date",
                      "review_reasons", "file_name"], [["signed_date", "desc"]],
                     "Low OCR or classification confidence, or a failed cross-check.")
    expiring = _search("contracts-expiring-90d", "Contracts expiring within 90 days",
                       EXPIRING_KQL,
                       ["archive_number", "contract_type", "party_names", "expiry_date",
                        "total_amount", "currency"], [["expiry_date", "asc"]],
                       "Set the time picker wide (signed_date is the time field).")
    by_type = _vis("contracts-by-type", "Contracts by type", "pie",
                   [_count(), _terms("contract_type", 11, "segment")],
                   {"type": "pie", "addTooltip": True, "legendDisplay": "show",
                    "legendPosition": "right", "isDonut": True, "nestedLegend": False,
                    "distinctColors": True,
                    "labels": {"show": True, "values": True, "last_level": True,
                               "truncate": 100}})
    by_month = _vis("contracts-by-month", "Contracts by month (signed)", "histogram",
                    [_count(), _month("signed_date")], _xy_params("histogram", "Contracts"))
    amount = _vis("contracts-amount-by-month", "Total amount by month (signed)", "line",
                  [_sum("total_amount"), _month("signed_date")],
                  _xy_params("line", "Total amount"))
    parties = _vis("contracts-top-counterparties", "Top counterparties", "table",
                   [_count(), _terms("party_names.keyword", 15, "bucket"),
                    {**_sum("total_amount"), "id": "3"}],
                   {"perPage": 15, "showPartialRows": False, "showMetricsAtAllLevels": False,
                    "showTotal": False, "totalFunc": "sum", "percentageCol": ""})
    panels, refs = [], []
    layout = [(by_type, 0, 0, 16, 14), (by_month, 16, 0, 32, 14), (amount, 0, 14, 24, 14),
              (parties, 24, 14, 24, 14), (review, 0, 28, 48, 16)]
    for n, (obj, x, y, w, h) in enumerate(layout, start=1):
        panels.append({"version": _CORE, "type": obj["type"], "panelIndex": str(n),
                       "gridData": {"x": x, "y": y, "w": w, "h": h, "i": str(n)},
                       "embeddableConfig": {"enhancements": {}},
                       "panelRefName": f"panel_{n}"})
        refs.append({"name": f"{n}:panel_{n}", "type": obj["type"], "id": obj["id"]})
    dashboard = _obj("dashboard", "contracts-overview", {
        "title": "Contracts overview", "description": "The archive at a glance.",
        "panelsJSON": json.dumps(panels), "version": 1,
        "optionsJSON": json.dumps({"useMargins": True, "syncColors": False,
                                   "syncCursor": True, "syncTooltips": False,
                                   "hidePanelTitles": False}),
        "timeRestore": True, "timeFrom": "now-10y", "timeTo": "now",
        "refreshInterval": {"pause": True, "value": 0},
        "kibanaSavedObjectMeta": _search_source("", with_index=False),
    }, refs, "8.7.0")
    return [_data_view(), review, expiring, by_type, by_month, amount, parties, dashboard]


def to_ndjson(objects: list[dict]) -> str:
    return "".join(json.dumps(o, ensure_ascii=False, sort_keys=True) + "\n" for o in objects)


def import_saved_objects(url: str, path: Path = NDJSON, *, username: str | None = None,
                         password: str | None = None, api_key: str | None = None,
                         verify: bool | str = True, timeout: float = 60.0) -> dict:
    """POST the NDJSON to Kibana's import API (overwrite); Kibana's JSON answer.
    Raises RuntimeError when Kibana reports an error or an object failed."""
    import httpx

    headers = {"kbn-xsrf": "contracts"}
    if api_key:
        headers["Authorization"] = f"ApiKey {api_key}"
    auth = (username, password) if username and password else None
    with open(path, "rb") as f:
        resp = httpx.post(url.rstrip("/") + "/api/saved_objects/_import",
                          params={"overwrite": "true"}, headers=headers, auth=auth,
                          files={"file": (path.name, f, "application/ndjson")},
                          verify=verify, timeout=timeout)
    try:
        body = resp.json()
    except ValueError:
        body = {"raw": resp.text[:500]}
    if resp.status_code >= 400 or not body.get("success", False):
        raise RuntimeError(f"Kibana import failed ({resp.status_code}): "
                           f"{json.dumps(body, ensure_ascii=False)[:1000]}")
    return body


if __name__ == "__main__":
    NDJSON.parent.mkdir(parents=True, exist_ok=True)
    NDJSON.write_text(to_ndjson(saved_objects()), encoding="utf-8")
    print(f"wrote {NDJSON}")
