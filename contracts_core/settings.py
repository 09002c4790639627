"""Settings from environment variables with the prefix ``CONTRACTS_`` (and an optional .env).

No MinIO or Elasticsearch endpoint set means the embedded defaults: a filesystem object store
and a SQLite full-text index under ``CONTRACTS_DATA_DIR``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="CONTRACTS_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    data_dir: Path = Field(default=Path("./data"), description="Embedded data folder.")

    # --- object store (MinIO / S3) ---
    s3_endpoint: str | None = Field(default=None, description="host:port of MinIO; unset = embedded")
    s3_access_key: SecretStr | None = None
    s3_secret_key: SecretStr | None = None
    s3_secure: bool = False
    s3_region: str | None = None
    s3_ca_file: Path | None = None
    inbox_bucket: str = "contracts-inbox"
    archive_bucket: str = "contracts-archive"
    quarantine_bucket: str = "contracts-quarantine"
    s3_sse: bool = Field(default=True, description="Server-side encryption for archived objects")

    # --- search index (Elasticsearch) ---
    es_url: str | None = Field(default=None, description="http(s)://host:port; unset = embedded")
    es_username: str | None = None
    es_password: SecretStr | None = None
    es_api_key: SecretStr | None = None
    es_ca_file: Path | None = None
    es_verify_certs: bool = True
    index_alias: str = "contracts"
    audit_index: str = "contracts-audit"
    registry_index: str = "contracts-registry"

    # --- OCR and cleanup ---
    ocr_lang: str = "chi_sim+eng"
    tessdata_dir: Path | None = Field(
        default=None, description="Tesseract models folder; unset = the project's .models/tessdata "
        "(installed by scripts/setup.sh), else the system's")
    ocr_dpi: int = 300
    ocr_timeout_s: int = 180
    page_workers: int = 2
    review_confidence: float = Field(
        default=60.0, description="A page whose mean OCR confidence is below this needs review"
    )
    classify_review_confidence: float = 0.5

    # --- intake, watcher, separator sheets, reports ---
    deployment_name: str = Field(default="contracts", description="Prefect deployment of ingest_inbox_batch")
    watch_reconcile_s: float = Field(default=60.0, description="Inbox listing interval of the watcher")
    watch_poll_s: float = 5.0
    watch_retry_after_s: float = Field(default=300.0, description="Wait before retrying a failed batch")
    separator_qr_payload: str = "CONTRACTS-SEPARATOR"
    separator_patch_t: bool = True
    separator_blank: bool = Field(default=False, description="Blank sheets separate documents")
    separator_dpi: int = 100
    inbox_stale_days: int = 7
    ocr_concurrency: int = Field(default=2, description="Prefect concurrency limit of the ocr tag")

    # --- input limits (a file beyond them is quarantined as too large) ---
    max_file_mb: int = 512
    max_pages: int = 500
    max_pixels: int = 120_000_000

    @property
    def embedded_store(self) -> bool:
        return not self.s3_endpoint

    @property
    def embedded_index(self) -> bool:
        return not self.es_url


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
