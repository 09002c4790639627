#!/usr/bin/env bash
# Installs what is missing, and nothing else: Debian packages (Tesseract with chi_sim and eng,
# poppler, a CJK font, …), the accurate Tesseract models (.models/tessdata), the Python virtual
# environment from the lock file, and the project itself (editable). Safe to run again: it
# returns in a second when everything is there.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  tesseract-ocr tesseract-ocr-eng tesseract-ocr-chi-sim tesseract-ocr-osd
  poppler-utils fonts-noto-cjk fonts-dejavu-core
  libgl1 libglib2.0-0 libzbar0
  python3-venv
)
# npm fetches the OCR models (below); Node.js and npm come with this kind of machine, and
# Debian's npm is installed only where they are missing
command -v npm >/dev/null 2>&1 || APT_PACKAGES+=(npm)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing Debian packages: ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

PY="${PYTHON:-python3}"
LOCK_SUM="$(sha256sum requirements.lock pyproject.toml | sha256sum | cut -c1-16)"
STAMP=".venv/.installed-$LOCK_SUM"
if [ ! -f "$STAMP" ]; then
  echo "setup: creating the Python environment from requirements.lock"
  [ -x .venv/bin/python ] || "$PY" -m venv .venv
  .venv/bin/python -m pip install -q --disable-pip-version-check "uv==0.13.9"
  export SSL_CERT_FILE="${SSL_CERT_FILE:-/etc/ssl/certs/ca-certificates.crt}"
  .venv/bin/uv pip sync -q --python .venv/bin/python requirements.lock
  .venv/bin/uv pip install -q --python .venv/bin/python --no-deps -e .
  rm -f .venv/.installed-*
  touch "$STAMP"
fi

# --- the Tesseract models -------------------------------------------------------------------
# Debian's tesseract-ocr-chi-sim/-eng are the small "fast" models; the standard tessdata models
# (LSTM from tessdata_best, integerised) read Chinese far better (鼎 for 易, 〔 for ( …: see
# benchmarks/ocr_quality) for about a third more CPU. They are published in the npm registry
# as @tesseract.js-data/<lang>; pinned by version and by the SHA-256 of the model file.
MODELS_DIR=".models/tessdata"
declare -A MODEL_SHA256=(
  [chi_sim]=fc05d89ab31d8b4e226910f16a8bcbf78e43bae3e2580bb5feefd052efdab363
  [eng]=daa0c97d651c19fba3b25e81317cd697e9908c8208090c94c3905381c23fc047
)
MODEL_PACKAGE_VERSION="1.0.0"
for lang in "${!MODEL_SHA256[@]}"; do
  want="${MODEL_SHA256[$lang]}"
  file="$MODELS_DIR/$lang.traineddata"
  if [ -f "$file" ] && [ "$(sha256sum "$file" | cut -d' ' -f1)" = "$want" ]; then
    continue
  fi
  echo "setup: fetching the Tesseract model $lang (@tesseract.js-data/$lang@$MODEL_PACKAGE_VERSION)"
  mkdir -p "$MODELS_DIR"
  tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack --silent "@tesseract.js-data/$lang@$MODEL_PACKAGE_VERSION" >/dev/null)
  tar -xzf "$tmp"/*.tgz -C "$tmp" "package/4.0.0/$lang.traineddata.gz"
  gunzip -c "$tmp/package/4.0.0/$lang.traineddata.gz" > "$tmp/$lang.traineddata"
  got="$(sha256sum "$tmp/$lang.traineddata" | cut -d' ' -f1)"
  if [ "$got" != "$want" ]; then
    echo "setup: $lang.traineddata has SHA-256 $got, expected $want: not installed" >&2
    rm -rf "$tmp"
    exit 1
  fi
  mv "$tmp/$lang.traineddata" "$file"
  rm -rf "$tmp"
done
