"""The Elasticsearch index template for contract records (``Record.to_index_doc()``).

Written for Kibana and for Chinese and English search with what a minimal Elasticsearch has
(the integ-test distribution ships no ``analysis-common`` module: no ``cjk``/``smartcn``
analyzers, no stemmers). So:

* ``text``, ``party_names``, ``contract_no`` use the ``standard`` analyzer: CJK text becomes
  one token per character and Latin text lower-cased words; a CJK run searched with
  ``match_phrase`` is an exact substring search (``华信`` finds ``华信科技有限公司``).
* ``text.en`` drops English stop words (``standard`` tokenizer + ``lowercase`` + ``stop``);
  swap in the ``english`` analyzer where the cluster has ``analysis-common``.
* every string a user filters or aggregates on is a ``keyword`` (or has a ``.keyword``
  sub-field); dates are ``date``; amounts are ``scaled_float`` with two decimals.

What the cluster has decides two details (:func:`template_body` takes the module names from
``GET _nodes/plugins``): with ``analysis-common``, ``text.en`` uses the ``english`` analyzer
(stemming); with ``mapper-extras``, amounts are ``scaled_float`` (else ``double``).

``python -m storage.es_mapping`` prints the template body as JSON (for deploy/ or Kibana).
"""

from __future__ import annotations

import json
from typing import Any

TEXT_ANALYZER = "standard"
EN_ANALYZER = "contracts_en"

_KEYWORD: dict[str, Any] = {"type": "keyword", "ignore_above": 1024}
_TEXT_KW: dict[str, Any] = {
    "type": "text",
    "analyzer": TEXT_ANALYZER,
    "fields": {"keyword": {"type": "keyword", "ignore_above": 512}},
}
_AMOUNT: dict[str, Any] = {"type": "scaled_float", "scaling_factor": 100}

RECORD_MAPPING: dict[str, Any] = {
    "dynamic": True,
    "dynamic_templates": [
        # a field added to the record later is a keyword until the mapping says otherwise
        {"strings_as_keywords": {"match_mapping_type": "string", "mapping": _KEYWORD}},
    ],
    "properties": {
        "archive_number": {"type": "keyword"},
        "sha256": {"type": "keyword"},
        "versions": {"type": "keyword"},
        "version": {"type": "integer"},
        "station": {"type": "keyword"},
        "batch": {"type": "keyword"},
        "file_name": {
            "type": "keyword",
            "ignore_above": 1024,
            "fields": {"text": {"type": "text", "analyzer": TEXT_ANALYZER}},
        },
        "received_at": {"type": "date"},
        "page_count": {"type": "integer"},
        "language": {"type": "keyword"},
        "text": {
            "type": "text",
            "analyzer": TEXT_ANALYZER,
            "fields": {"en": {"type": "text", "analyzer": EN_ANALYZER}},
        },
        "contract_type": {"type": "keyword"},
        "contract_type_confidence": {"type": "float"},
        "contract_no": _TEXT_KW,
        "parties": {
            "type": "object",
            "properties": {"role": {"type": "keyword"}, "name": _TEXT_KW},
        },
        "party_names": _TEXT_KW,
        "signed_date": {"type": "date", "format": "strict_date"},
        "effective_date": {"type": "date", "format": "strict_date"},
        "expiry_date": {"type": "date", "format": "strict_date"},
        "total_amount": _AMOUNT,
        "currency": {"type": "keyword"},
        "amounts": {
            "type": "object",
            "properties": {"value": _AMOUNT, "currency": {"type": "keyword"}},
        },
        "amount_in_words_matches": {"type": "boolean"},
        "status": {"type": "keyword"},
        "review_reasons": {"type": "keyword"},
        "ocr_confidence": {"type": "float"},
        "seal_found": {"type": "boolean"},
    },
}

INDEX_SETTINGS: dict[str, Any] = {
    "number_of_shards": 1,
    # green on one node, one replica as soon as the cluster has a second node
    "auto_expand_replicas": "0-1",
    "analysis": {
        "analyzer": {
            EN_ANALYZER: {
                "type": "custom",
                "tokenizer": "standard",
                "filter": ["lowercase", "stop"],
            }
        }
    },
}

# Query field -> keyword field for exact filters (``filters={"contract_type": "sales"}``).
FILTER_FIELDS: dict[str, str] = {
    "archive_number": "archive_number",
    "sha256": "sha256",
    "contract_type": "contract_type",
    "status": "status",
    "station": "station",
    "batch": "batch",
    "file_name": "file_name",
    "language": "language",
    "currency": "currency",
    "contract_no": "contract_no.keyword",
    "party_names": "party_names.keyword",
    "party": "party_names.keyword",
    "review_reasons": "review_reasons",
}


FULL_MODULES = frozenset({"analysis-common", "mapper-extras"})


def _adapt(node: Any, modules: frozenset[str]) -> Any:
    """The mapping with the components the cluster lacks replaced by core ones."""
    if isinstance(node, dict):
        if node.get("type") == "scaled_float" and "mapper-extras" not in modules:
            return {"type": "double"}
        if node.get("analyzer") == EN_ANALYZER and "analysis-common" in modules:
            return {**node, "analyzer": "english"}
        return {k: _adapt(v, modules) for k, v in node.items()}
    if isinstance(node, list):
        return [_adapt(v, modules) for v in node]
    return node


def template_body(index_pattern: str, *, modules: frozenset[str] = FULL_MODULES,
                  priority: int = 200) -> dict[str, Any]:
    """Body of ``PUT _index_template/<name>`` for indices matching ``index_pattern`` on a
    cluster with the given modules (default: a full distribution)."""
    return {
        "index_patterns": [index_pattern],
        "priority": priority,
        "template": {"settings": INDEX_SETTINGS, "mappings": _adapt(RECORD_MAPPING, modules)},
        "_meta": {"description": "contract records (storage/es_mapping.py)",
                  "modules": sorted(modules & FULL_MODULES)},
    }


AUDIT_MAPPING: dict[str, Any] = {
    "dynamic": False,
    "properties": {
        "at": {"type": "date"},
        "seq": {"type": "long"},
        "event": {"type": "keyword"},
        "detail": {"type": "text", "analyzer": TEXT_ANALYZER},
        "flow_run": {"type": "keyword"},
        "archive_number": {"type": "keyword"},
        "sha256": {"type": "keyword"},
    },
}

REGISTRY_MAPPING: dict[str, Any] = {
    "dynamic": False,
    "properties": {
        "kind": {"type": "keyword"},
        "sha256": {"type": "keyword"},
        "archive_number": {"type": "keyword"},
        "type_code": {"type": "keyword"},
        "year": {"type": "integer"},
        "version": {"type": "integer"},
        "contract_key": {"type": "keyword"},
        "last": {"type": "long"},
        "at": {"type": "date"},
    },
}

SMALL_INDEX_SETTINGS: dict[str, Any] = {"number_of_shards": 1, "auto_expand_replicas": "0-1"}


if __name__ == "__main__":
    print(json.dumps(template_body("contracts-v*"), indent=2, ensure_ascii=False))
