#!/usr/bin/env bash
# Makes the workbook fixtures: the .xlsx sources written by rust_xlsxwriter
# (tests/workbook_fixtures.rs, `write_fixture_sources`), then each converted by LibreOffice into
# .xls (Excel 97–2003) and .ods, as a user's spreadsheet program would save them.
#
#   tests/data/workbooks/make-fixtures.sh
#
# Needs LibreOffice Calc without a display and its Python bridge (Debian: apt-get install
# libreoffice-calc-nogui python3-uno).
# The outputs are committed; `cargo test --test workbook_fixtures` reads all three formats.
# LibreOffice stamps the save time into each file, so a rerun changes bytes, never the tables.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
command -v soffice >/dev/null || {
  echo "make-fixtures: soffice not found (apt-get install libreoffice-calc-nogui)" >&2
  exit 1
}
cd "$ROOT"
cargo test --quiet --test workbook_fixtures -- --ignored --exact write_fixture_sources

# A profile of its own, so a running LibreOffice (or another user's settings) changes nothing,
# and one that saves no thumbnail (17 KB of PNG in every .ods).
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
mkdir -p "$profile/user"
cat >"$profile/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Save/Document"><prop oor:name="GenerateThumbnail" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
XCU
office=(soffice -env:UserInstallation="file://$profile" --headless --norestore)
cd "$HERE"
rm -f ./*.xls ./*.ods password.xlsx
for source in *.xlsx; do
  for format in xls ods; do
    "${office[@]}" --convert-to "$format" --outdir "$HERE" "$source" >/dev/null 2>&1
  done
done

# The same small workbook with an opening password, in the three formats (python3-uno).
pipe="sansang-fixtures-$$"
"${office[@]}" --accept="pipe,name=$pipe;urp;" >/dev/null 2>&1 &
office_pid=$!
trap 'kill "$office_pid" 2>/dev/null; rm -rf "$profile"' EXIT
/usr/bin/python3 "$HERE/save-with-password.py" two-sheets.xlsx password "$pipe"
ls -l "$HERE"
