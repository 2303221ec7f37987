#!/usr/bin/env bash
# Installs, with Debian's apt-get, what baoxun's build and tests need and this machine lacks:
# Chromium (e2e tests, driven by playwright-core) and a CJK font for its screenshots, docker-compose (validates docker-compose.yml),
# a JDK 17+ and Maven (the local Neo4j), python3/make/g++ (nodejieba builds from source),
# python3-pandas (the research CSVs are checked in it), poppler-utils (PDF pages: pdfinfo, pdftotext, pdftoppm) and tesseract with its simplified
# Chinese model (scanned pages), which baoxun runs offline.
# Installs nothing that is already there. Needs root (or sudo); quiet and non-interactive.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v docker-compose >/dev/null || missing+=(docker-compose)
# A CJK font, so the e2e screenshots show Chinese text rather than boxes.
[ -d /usr/share/fonts/truetype/wqy ] || missing+=(fonts-wqy-microhei)
java_major() { java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1; }
if ! command -v java >/dev/null || [ "$(java_major)" -lt 17 ]; then missing+=(default-jdk-headless); fi
command -v mvn >/dev/null || missing+=(maven)
command -v python3 >/dev/null || missing+=(python3)
# pandas: the int test opens the research CSVs (careers, attendance) in it, as researchers will.
/usr/bin/python3 -c 'import pandas' >/dev/null 2>&1 || missing+=(python3-pandas)
command -v make >/dev/null || missing+=(make)
command -v g++ >/dev/null || missing+=(g++)
command -v pdftotext >/dev/null && command -v pdftoppm >/dev/null && command -v pdfinfo >/dev/null || missing+=(poppler-utils)
command -v tesseract >/dev/null || missing+=(tesseract-ocr)
# The model file, not just the package name: tesseract-ocr-chi-sim puts chi_sim.traineddata here.
ls /usr/share/tesseract-ocr/*/tessdata/chi_sim.traineddata >/dev/null 2>&1 || missing+=(tesseract-ocr-chi-sim)

if [ ${#missing[@]} -eq 0 ]; then
  echo "system dependencies: all present"
  exit 0
fi
echo "system dependencies: installing ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
for try in 1 2 3; do
  if $SUDO apt-get update -qq </dev/null \
    && $SUDO apt-get install -y -qq --no-install-recommends -o Dpkg::Use-Pty=0 "${missing[@]}" </dev/null >/dev/null; then
    exit 0
  fi
  echo "apt-get failed (try $try of 3); retrying in 10 s" >&2
  sleep 10
done
exit 1
