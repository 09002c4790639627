"""Every error the pipeline raises belongs to one of two families.

* :class:`PermanentError` - the input is at fault. The file goes to quarantine with the
  error's ``kind`` and message, the batch goes on, and nothing is retried.
* :class:`TransientError` - a service is down or slow. The step is retried with backoff; when
  retries run out the file stays where it was for the next run.

Each concrete error names its ``kind`` (a stable, machine-readable string written into
``<file>.error.json`` and the CLI's ``--json`` output) and the ``stage`` it came from.
"""

from __future__ import annotations


class ContractsError(Exception):
    """Base of all pipeline errors."""

    kind: str = "error"
    permanent: bool = False

    def __init__(self, message: str, *, stage: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.stage = stage

    def to_dict(self) -> dict[str, str | bool]:
        return {
            "kind": self.kind,
            "message": self.message,
            "stage": self.stage,
            "permanent": self.permanent,
        }


class PermanentError(ContractsError):
    """The input is at fault; quarantine it, never retry."""

    kind = "permanent"
    permanent = True


class TransientError(ContractsError):
    """A service is down or slow; retry with backoff."""

    kind = "transient"
    permanent = False


# --- permanent: the input ---------------------------------------------------------------
class MissingFileError(PermanentError):
    kind = "missing_file"


class EmptyFileError(PermanentError):
    kind = "empty_file"


class UnsupportedFormatError(PermanentError):
    kind = "unsupported_format"


class CorruptFileError(PermanentError):
    kind = "corrupt_file"


class EncryptedPdfError(PermanentError):
    kind = "encrypted_pdf"


class TooLargeError(PermanentError):
    kind = "too_large"


class NoReadablePageError(PermanentError):
    kind = "no_readable_page"


class ChecksumMismatchError(PermanentError):
    kind = "checksum_mismatch"


class InvalidManifestError(PermanentError):
    kind = "invalid_manifest"


class NotInManifestError(PermanentError):
    kind = "not_in_manifest"


class MissingFromInboxError(PermanentError):
    kind = "missing_from_inbox"


# --- transient: the services ------------------------------------------------------------
class StorageUnavailableError(TransientError):
    kind = "storage_unavailable"


class IndexUnavailableError(TransientError):
    kind = "index_unavailable"


class OcrEngineError(TransientError):
    """Tesseract crashed or timed out on a page (not the page's fault as far as we know)."""

    kind = "ocr_engine"


class RegistryConflictError(TransientError):
    """Lost a race for an archive number too many times; try again."""

    kind = "registry_conflict"
