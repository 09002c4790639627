#!/usr/bin/env bash
# Installs what is missing, and nothing else: Debian packages (Tesseract with chi_sim and eng,
# poppler, a CJK font, …), the Python virtual environment from the lock file, and the project
# itself (editable). Safe to run again: it returns in a second when everything is there.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  tesseract-ocr tesseract-ocr-eng tesseract-ocr-chi-sim tesseract-ocr-osd
  poppler-utils fonts-noto-cjk fonts-dejavu-core
  libgl1 libglib2.0-0 libzbar0
  python3-venv
)

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
