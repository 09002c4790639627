"""Search index on Elasticsearch: versioned indices ``<alias>-v<n>`` behind the alias
``<alias>`` (``contracts`` by default), created from the index template in
:mod:`storage.es_mapping`; ``_id`` is the archive number.

Queries are cut by :func:`storage.querytext.split_query` (the embedded index uses the same
cut): each CJK run is a phrase (exact substring), each Latin word must match, in the text,
the party names, the printed contract number or the archive number.
"""

from __future__ import annotations

import re
import time
from contextlib import contextmanager
from typing import Any, Iterator

from elastic_transport import ConnectionError as EsConnectionError
from elastic_transport import ConnectionTimeout, TransportError
from elasticsearch import ApiError, Elasticsearch, NotFoundError, helpers

from contracts_core.errors import IndexUnavailableError
from contracts_core.settings import Settings
from storage.base import Hit
from storage.es_mapping import FILTER_FIELDS, template_body
from storage.querytext import split_query

_ARCHIVE_NUMBER = re.compile(r"^[A-Z]{2}-\d{4}-\d{6}$")
_SEARCH_FIELDS = ["text", "text.en", "party_names^3", "contract_no^4", "archive_number^5"]


def es_client(settings: Settings) -> Elasticsearch:
    """A client for ``settings.es_url`` with the configured credentials (never logged)."""
    if not settings.es_url:
        raise ValueError("CONTRACTS_ES_URL is not set")
    kw: dict[str, Any] = {
        "request_timeout": 30,
        "retry_on_timeout": True,
        "max_retries": 2,
        "verify_certs": settings.es_verify_certs,
    }
    if settings.es_api_key is not None:
        kw["api_key"] = settings.es_api_key.get_secret_value()
    elif settings.es_username:
        password = settings.es_password.get_secret_value() if settings.es_password else ""
        kw["basic_auth"] = (settings.es_username, password)
    if settings.es_ca_file:
        kw["ca_certs"] = str(settings.es_ca_file)
    return Elasticsearch(settings.es_url, **kw)


def is_transient(exc: ApiError) -> bool:
    """429, 5xx and cluster blocks (e.g. an index made read-only while it is reindexed)."""
    if exc.meta.status == 429 or exc.meta.status >= 500:
        return True
    return exc.meta.status == 403 and "cluster_block_exception" in str(exc)


@contextmanager
def es_errors(what: str) -> Iterator[None]:
    """Map a service that is down, slow or overloaded to IndexUnavailableError (transient)."""
    try:
        yield
    except (EsConnectionError, ConnectionTimeout) as exc:
        raise IndexUnavailableError(f"Elasticsearch unreachable during {what}: {exc}",
                                    stage="index") from exc
    except ApiError as exc:
        if is_transient(exc):
            raise IndexUnavailableError(
                f"Elasticsearch unavailable during {what}: {exc.meta.status} {exc.message}",
                stage="index") from exc
        raise
    except TransportError as exc:
        raise IndexUnavailableError(f"Elasticsearch transport error during {what}: {exc}",
                                    stage="index") from exc


def wait_until_readable(es: Elasticsearch, index: str, timeout_s: float = 30.0) -> None:
    """A just-created index can answer 503 (no shard available) for a moment, even once
    cluster health says yellow: wait until a realtime GET is answered."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            es.options(max_retries=0).get(index=index, id="_readiness_probe", realtime=True)
            return
        except NotFoundError:
            return
        except ApiError as exc:
            if exc.meta.status != 503 or time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def build_query(query: str, filters: dict[str, str] | None = None) -> dict[str, Any]:
    """The bool query for a user's search text and exact-match filters."""
    must: list[dict[str, Any]] = []
    should: list[dict[str, Any]] = []
    for kind, part in split_query(query):
        if kind == "cjk":
            must.append({"multi_match": {"query": part, "type": "phrase",
                                         "fields": ["text", "party_names^3", "contract_no^4"]}})
        else:
            must.append({"multi_match": {"query": part, "operator": "and",
                                         "type": "best_fields", "fields": _SEARCH_FIELDS}})
            if _ARCHIVE_NUMBER.match(part.upper()):
                should.append({"term": {"archive_number": {"value": part.upper(), "boost": 20}}})
            should.append({"term": {"contract_no.keyword": {"value": part, "boost": 10}}})
    flt = []
    for name, value in (filters or {}).items():
        if name not in FILTER_FIELDS:
            raise ValueError(f"cannot filter on {name!r}; known: {sorted(FILTER_FIELDS)}")
        flt.append({"term": {FILTER_FIELDS[name]: value}})
    return {"bool": {"must": must or [{"match_all": {}}], "should": should, "filter": flt}}


class ElasticsearchIndex:
    """SearchIndex on Elasticsearch (see the module docstring)."""

    def __init__(self, settings: Settings, client: Elasticsearch | None = None, *,
                 refresh_on_write: bool = False) -> None:
        self.es = client or es_client(settings)
        self.alias = settings.index_alias
        self.template = f"{self.alias}-template"
        self.pattern = f"{self.alias}-v*"
        self._refresh = "wait_for" if refresh_on_write else False

    # --- layout ----------------------------------------------------------------------------
    def _name(self, version: int) -> str:
        return f"{self.alias}-v{version}"

    def _version_of(self, index: str) -> int:
        m = re.fullmatch(re.escape(self.alias) + r"-v(\d+)", index)
        return int(m.group(1)) if m else 0

    def modules(self) -> frozenset[str]:
        """Module and plugin names of the cluster's nodes (what analysis/mappers exist)."""
        with es_errors("node info"):
            info = self.es.nodes.info(metric="plugins")
        names = [m["name"] for n in info["nodes"].values()
                 for m in (n.get("modules") or []) + (n.get("plugins") or [])]
        return frozenset(names)

    def put_template(self) -> None:
        body = template_body(self.pattern, modules=self.modules())
        with es_errors("put index template"):
            self.es.indices.put_index_template(name=self.template, **body)

    def indices(self) -> list[str]:
        """The concrete indices behind the alias (one, except in the middle of a swap)."""
        with es_errors("get alias"):
            try:
                return sorted(self.es.indices.get_alias(name=self.alias).body)
            except NotFoundError:
                return []

    def ensure(self) -> None:
        """Template, then ``<alias>-v1`` as the alias's write index when there is no alias."""
        self.put_template()
        if self.indices():
            return
        with es_errors("create index"):
            if self.es.indices.exists(index=self.alias):
                raise RuntimeError(f"{self.alias!r} is a concrete index, not an alias; "
                                   "reindex it into a versioned index first")
            try:
                self.es.indices.create(index=self._name(1),
                                       aliases={self.alias: {"is_write_index": True}})
            except ApiError as exc:
                if exc.error != "resource_already_exists_exception":
                    raise
                if not self.indices():  # created by someone else, without the alias
                    self.es.indices.put_alias(index=self._name(1), name=self.alias,
                                              is_write_index=True)
            wait_until_readable(self.es, self.alias)

    def reindex(self, *, keep_old: bool = False) -> str:
        """Copy every document into ``<alias>-v<n+1>`` (created from the current template),
        verify the count and swap the alias atomically; returns the new index's name.

        The old index is write-blocked while it is copied, so no write is lost: a writer
        gets a transient error and retries against the new index once the alias moved."""
        self.put_template()
        old = self.indices()
        if not old:
            self.ensure()
            return self._name(1)
        new = self._name(max(self._version_of(i) for i in old) + 1)
        with es_errors("reindex"):
            self.es.indices.put_settings(index=",".join(old),
                                         settings={"index.blocks.write": True})
            try:
                self.es.indices.refresh(index=",".join(old))
                expected = int(self.es.count(index=",".join(old))["count"])
                self.es.indices.create(index=new)
                if "reindex" in self.modules():
                    self.es.reindex(source={"index": ",".join(old)}, dest={"index": new},
                                    wait_for_completion=True, refresh=True)
                else:  # a minimal cluster without the reindex module: scroll + bulk
                    hits = helpers.scan(self.es, index=",".join(old), size=500)
                    helpers.bulk(self.es, ({"_index": new, "_id": h["_id"],
                                            "_source": h["_source"]} for h in hits),
                                 chunk_size=500)
                    self.es.indices.refresh(index=new)
                got = int(self.es.count(index=new)["count"])
                if got != expected:
                    raise RuntimeError(f"reindex into {new} copied {got} of {expected} documents")
                actions: list[dict[str, Any]] = [
                    {"remove": {"index": i, "alias": self.alias}} for i in old]
                actions.append({"add": {"index": new, "alias": self.alias,
                                        "is_write_index": True}})
                self.es.indices.update_aliases(actions=actions)
            except BaseException:
                self.es.indices.put_settings(index=",".join(old),
                                             settings={"index.blocks.write": False})
                self.es.indices.delete(index=new, ignore_unavailable=True)
                raise
            if not keep_old:
                self.es.indices.delete(index=",".join(old))
        return new

    def drop(self) -> None:
        """Delete every version of the index and the template (tests, resets)."""
        with es_errors("drop index"):
            for index in self.es.indices.get(index=self.pattern, expand_wildcards="all"):
                self.es.indices.delete(index=index)
            try:
                self.es.indices.delete_index_template(name=self.template)
            except NotFoundError:
                pass

    # --- documents -------------------------------------------------------------------------
    def index(self, doc_id: str, doc: dict) -> None:
        with es_errors("index"):
            self.es.index(index=self.alias, id=doc_id, document=doc, refresh=self._refresh)

    def bulk_index(self, docs: dict[str, dict]) -> None:
        if not docs:
            return
        actions = ({"_index": self.alias, "_id": doc_id, "_source": doc}
                   for doc_id, doc in docs.items())
        with es_errors("bulk index"):
            try:
                helpers.bulk(self.es, actions, chunk_size=500, max_retries=3,
                             initial_backoff=1, refresh=self._refresh)
            except helpers.BulkIndexError as exc:
                statuses = [next(iter(e.values())).get("status", 0) for e in exc.errors]
                if any(s == 429 or s >= 500 for s in statuses):
                    raise IndexUnavailableError(
                        f"bulk index: {len(exc.errors)} documents failed ({statuses[:5]})",
                        stage="index") from exc
                raise

    def get(self, doc_id: str) -> dict | None:
        with es_errors("get"):
            try:
                return dict(self.es.get(index=self.alias, id=doc_id)["_source"])
            except NotFoundError:
                return None

    def delete(self, doc_id: str) -> None:
        with es_errors("delete"):
            try:
                self.es.delete(index=self.alias, id=doc_id, refresh=self._refresh)
            except NotFoundError:
                pass

    def search(self, query: str, *, filters: dict[str, str] | None = None,
               size: int = 10) -> list[Hit]:
        if not split_query(query) and not filters:
            return []  # nothing asked for (the embedded index answers the same)
        body = build_query(query, filters)
        with es_errors("search"):
            res = self.es.search(
                index=self.alias, query=body, size=size,
                highlight={"fields": {"text": {"fragment_size": 120, "number_of_fragments": 1}},
                           "pre_tags": ["["], "post_tags": ["]"]},
                sort=["_score", {"archive_number": "asc"}],
                track_total_hits=False,
            )
        hits = []
        for h in res["hits"]["hits"]:
            frag = (h.get("highlight") or {}).get("text") or [""]
            hits.append(Hit(id=h["_id"], score=float(h.get("_score") or 0.0),
                            doc=dict(h["_source"]), highlight=frag[0]))
        return hits

    def ids(self) -> Iterator[str]:
        with es_errors("scan"):
            for h in helpers.scan(self.es, index=self.alias, query={"query": {"match_all": {}}},
                                  _source=False, size=1000):
                yield h["_id"]

    def count(self) -> int:
        with es_errors("count"):
            return int(self.es.count(index=self.alias)["count"])

    def refresh(self) -> None:
        with es_errors("refresh"):
            self.es.indices.refresh(index=self.alias)
