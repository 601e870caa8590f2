#!/usr/bin/env bash
# Rebuild the produced files of the example corpus (.docx, .pdf, .odt) in corpus/ from their
# Markdown sources in corpus/src/; the hand-written files are already in corpus/.
#
#   scripts/build-corpus.sh            build every file, then check them
#   scripts/build-corpus.sh --check    only check the files already in corpus/
#
# Needs pandoc (2.11 or later) and LibreOffice Writer:
#   apt-get install pandoc libreoffice-writer-nogui
# The checks also use pdftotext and unzip when they are there:
#   apt-get install poppler-utils unzip
#
# What it makes (the table below is the whole recipe):
#   docx-template  Markdown -> .docx with pandoc, the council reference document
#                  (corpus/src/templates/council-reference.docx) and the Lua filter that
#                  turns typed clause numbers into real Word numbering
#   docx-plain     Markdown -> .docx with pandoc's own reference document
#   pdf            Markdown -> .docx as docx-template, then .docx -> .pdf with LibreOffice
#   odt-pandoc     Markdown -> .odt with pandoc
#   odt-office     Markdown -> .docx as docx-template, then .docx -> .odt with LibreOffice
#   written        .md, .txt and .html files written by hand: they live in corpus/ only,
#                  as they are; nothing is made from them (no second copy to drift)
#
# Repeatability: SOURCE_DATE_EPOCH is set to the date printed in each document, so the .docx
# files pandoc writes are byte-for-byte the same on every run. pandoc's .odt differs between
# runs only in its zip entry times, and LibreOffice stamps the time of conversion (and a
# random document id) into the PDF and ODT files it writes; their text and layout do not change.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SRC="$ROOT/corpus/src"
OUT="$ROOT/corpus"
TEMPLATE="$SRC/templates/council-reference.docx"
FILTER="$SRC/filters/clause-numbering.lua"
MAX_BYTES=204800

# output file | recipe | source file | date printed in the document (ISO)
RECIPES='
national-principles-online-participation.html     | written       | national-principles-online-participation.html     | 2009-08-03
tenancy-advice-online-protocol.txt                | written       | tenancy-advice-online-protocol.txt                | 2009-09-24
fernleigh-staff-social-media-guidelines.md        | written       | fernleigh-staff-social-media-guidelines.md        | 2009-11-16
tamsworth-delling-ict-acceptable-use-extract.txt  | written       | tamsworth-delling-ict-acceptable-use-extract.txt  | 2010-01-25
castlegate-social-networking-policy.pdf           | pdf           | castlegate-social-networking-policy.md            | 2010-06-21
ashbury-youth-service-social-media.docx           | docx-plain    | ashbury-youth-service-social-media.md             | 2010-10-18
kingsmere-code-of-conduct-extract.pdf             | pdf           | kingsmere-code-of-conduct-extract.md              | 2011-01-10
riverside-social-media-policy-v0.3.docx           | docx-template | riverside-social-media-policy-v0.3.md             | 2011-03-14
eastbrook-social-media-policy.docx                | docx-template | eastbrook-social-media-policy.md                  | 2011-04-12
wealdham-social-media-guidance.odt                | odt-pandoc    | wealdham-social-media-guidance.md                 | 2011-09-05
harrowfield-libraries-social-media-guidance.html  | written       | harrowfield-libraries-social-media-guidance.html  | 2011-11-28
riverside-social-media-policy-v1.0.pdf            | pdf           | riverside-social-media-policy-v1.0.md             | 2012-02-20
national-social-media-guidance-civil-servants.odt | odt-office    | national-social-media-guidance-civil-servants.md  | 2012-03-19
northmoor-social-media-policy.md                  | written       | northmoor-social-media-policy.md                  | 2012-05-14
'

say() { printf '%s\n' "$*"; }
die() { printf 'build-corpus: %s\n' "$*" >&2; exit 1; }

recipes() { printf '%s\n' "$RECIPES" | sed -e '/^[[:space:]]*$/d' -e 's/[[:space:]]*|[[:space:]]*/|/g' -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//'; }

# ---------------------------------------------------------------------------------------
# Tools
# ---------------------------------------------------------------------------------------

need_build_tools() {
  local missing=()
  PANDOC=$(command -v pandoc || true)
  SOFFICE=$(command -v soffice || command -v libreoffice || true)
  [ -n "$PANDOC" ] || missing+=("pandoc                  (apt-get install pandoc)")
  [ -n "$SOFFICE" ] || missing+=("LibreOffice Writer      (apt-get install libreoffice-writer-nogui)")
  command -v date >/dev/null && date -u -d 2012-01-01 +%s >/dev/null 2>&1 \
    || missing+=("GNU date                (apt-get install coreutils)")
  if [ ${#missing[@]} -gt 0 ]; then
    printf 'build-corpus: cannot build the corpus; missing:\n' >&2
    printf '  %s\n' "${missing[@]}" >&2
    exit 1
  fi
  local version
  version=$("$PANDOC" --version | head -n 1 | awk '{print $2}')
  case "$version" in
    1.*|2.[0-9]|2.[0-9].*|2.10|2.10.*)
      die "pandoc $version is too old: the Lua filter needs pandoc 2.11 or later" ;;
  esac
  [ -f "$TEMPLATE" ] || die "missing $TEMPLATE (make it with: python3 corpus/src/templates/make-reference.py)"
  [ -f "$FILTER" ] || die "missing $FILTER"
}

epoch_of() { date -u -d "$1 12:00:00" +%s; }

# ---------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------

build() {
  need_build_tools
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/build-corpus.XXXXXX")
  trap 'rm -rf "$WORK"' EXIT
  mkdir -p "$WORK/pdf" "$WORK/odt" "$WORK/out"
  say "pandoc:      $PANDOC ($("$PANDOC" --version | head -n 1))"
  say "LibreOffice: $SOFFICE"

  local office_pdf=() office_odt=()
  local file recipe source date base
  while IFS='|' read -r file recipe source date; do
    if [ "$recipe" = written ]; then
      [ -f "$OUT/$file" ] || die "missing hand-written corpus/$file"
      continue
    fi
    [ -f "$SRC/$source" ] || die "missing source corpus/src/$source"
    base=${file%.*}
    export SOURCE_DATE_EPOCH
    SOURCE_DATE_EPOCH=$(epoch_of "$date")
    case "$recipe" in
      docx-template)
        "$PANDOC" -f markdown -t docx --reference-doc="$TEMPLATE" --lua-filter="$FILTER" \
          -o "$WORK/out/$file" "$SRC/$source" ;;
      docx-plain)
        "$PANDOC" -f markdown -t docx -o "$WORK/out/$file" "$SRC/$source" ;;
      pdf)
        "$PANDOC" -f markdown -t docx --reference-doc="$TEMPLATE" --lua-filter="$FILTER" \
          -o "$WORK/pdf/$base.docx" "$SRC/$source"
        office_pdf+=("$WORK/pdf/$base.docx") ;;
      odt-pandoc)
        "$PANDOC" -f markdown -t odt -o "$WORK/out/$file" "$SRC/$source" ;;
      odt-office)
        "$PANDOC" -f markdown -t docx --reference-doc="$TEMPLATE" --lua-filter="$FILTER" \
          -o "$WORK/odt/$base.docx" "$SRC/$source"
        office_odt+=("$WORK/odt/$base.docx") ;;
      *) die "unknown recipe '$recipe' for $file" ;;
    esac
    say "  $recipe: corpus/src/$source"
  done < <(recipes)

  # One LibreOffice run per target format, with a profile of its own so that it neither
  # disturbs nor waits for a LibreOffice the user already has open.
  local profile="file://$WORK/lo-profile"
  if [ ${#office_pdf[@]} -gt 0 ]; then
    say "LibreOffice: ${#office_pdf[@]} file(s) to PDF"
    "$SOFFICE" -env:UserInstallation="$profile" --headless --norestore \
      --convert-to pdf:writer_pdf_Export --outdir "$WORK/out" "${office_pdf[@]}" >"$WORK/soffice-pdf.log" 2>&1 \
      || { cat "$WORK/soffice-pdf.log" >&2; die "LibreOffice could not convert to PDF"; }
  fi
  if [ ${#office_odt[@]} -gt 0 ]; then
    say "LibreOffice: ${#office_odt[@]} file(s) to ODT"
    "$SOFFICE" -env:UserInstallation="$profile" --headless --norestore \
      --convert-to odt:writer8 --outdir "$WORK/out" "${office_odt[@]}" >"$WORK/soffice-odt.log" 2>&1 \
      || { cat "$WORK/soffice-odt.log" >&2; die "LibreOffice could not convert to ODT"; }
  fi

  # Only replace the corpus once everything has been made.
  while IFS='|' read -r file recipe source date; do
    [ "$recipe" = written ] && continue
    [ -s "$WORK/out/$file" ] || { cat "$WORK"/soffice-*.log >&2 2>/dev/null || true; die "$file was not produced"; }
  done < <(recipes)
  while IFS='|' read -r file recipe source date; do
    [ "$recipe" = written ] && continue
    cp "$WORK/out/$file" "$OUT/$file"
  done < <(recipes)
  say "wrote $(recipes | grep -vc '|written|') files to corpus/"
}

# ---------------------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------------------

check() {
  local problems=0 warned_pdf=0 warned_zip=0
  local file recipe source date size words text part
  problem() { printf 'check: %s\n' "$*" >&2; problems=$((problems + 1)); }
  while IFS='|' read -r file recipe source date; do
    local path="$OUT/$file"
    if [ ! -s "$path" ]; then problem "$file is missing or empty"; continue; fi
    size=$(wc -c <"$path")
    [ "$size" -le "$MAX_BYTES" ] || problem "$file is $size bytes (limit $MAX_BYTES)"
    case "$file" in
      *.pdf)
        if command -v pdftotext >/dev/null; then
          text=$(pdftotext -enc UTF-8 "$path" - 2>/dev/null || true)
          words=$(printf '%s' "$text" | wc -w)
          [ "$words" -ge 200 ] || problem "$file: pdftotext found only $words words"
          grep -q 'Page 1 of' <<<"$text" || problem "$file: no 'Page 1 of' footer"
        elif [ $warned_pdf = 0 ]; then
          say "check: pdftotext not found (apt-get install poppler-utils); PDF text not checked"; warned_pdf=1
        fi ;;
      *.docx)
        if command -v unzip >/dev/null; then
          part=$(unzip -p "$path" word/numbering.xml 2>/dev/null || true)
          grep -q '<w:num ' <<<"$part" || problem "$file: word/numbering.xml has no numbering definitions"
          part=$(unzip -p "$path" word/document.xml 2>/dev/null || true)
          grep -Eq 'ClauseLevel2|<w:numPr>' <<<"$part" || problem "$file: no paragraph uses Word numbering"
        elif [ $warned_zip = 0 ]; then
          say "check: unzip not found (apt-get install unzip); .docx and .odt not checked"; warned_zip=1
        fi ;;
      *.odt)
        if command -v unzip >/dev/null; then
          part=$(unzip -p "$path" mimetype 2>/dev/null || true)
          [ "$part" = 'application/vnd.oasis.opendocument.text' ] || problem "$file: not an OpenDocument text file"
          part=$(unzip -p "$path" content.xml 2>/dev/null || true)
          grep -q '<text:list' <<<"$part" || problem "$file: content.xml has no lists"
        fi ;;
      *.html) grep -q '<main\|id="main-content"\|id="content"' "$path" || problem "$file: no main content element" ;;
    esac
  done < <(recipes)
  if [ $problems -gt 0 ]; then die "$problems problem(s) in corpus/"; fi
  say "checked $(recipes | wc -l) files in corpus/: all present, non-empty and under $((MAX_BYTES / 1024)) KB"
}

case "${1:-}" in
  --check) check ;;
  ''|--build) build; check ;;
  -h|--help) sed -n '2,26p' "$0" | sed 's/^# \{0,1\}//' ;;
  *) die "unknown option '$1' (try --help)" ;;
esac
