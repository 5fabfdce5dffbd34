// Workbooks and legacy-encoded lists for the journeys, written by the native fixture test
// (`cargo test --test e2e_fixtures`, see tests/e2e_fixtures.rs) into target/tmp/e2e-workbooks/
// and checked there before any browser sees them; the same lists saved by LibreOffice as .xls and
// .ods, and with a password, are committed in tests/data/workbooks/ (make-fixtures.sh).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FILES = `${ROOT}target/tmp/e2e-workbooks/`;
/** The .xlsx / .xls / .ods fixtures LibreOffice made (tests/data/workbooks/make-fixtures.sh). */
export const FORMATS = fileURLToPath(new URL('../../data/workbooks/', import.meta.url));

/** Files that crash a reader the worker uses (found by fuzzing, kept in tests/fuzz/known-crashes/). */
export const KNOWN_CRASHES = fileURLToPath(new URL('../../fuzz/known-crashes/', import.meta.url));

/** The path of a generated fixture (`danh-sach-100k.xlsx` is written only when asked for). */
export function workbookFile(name) {
  const path = `${FILES}${name}`;
  if (!existsSync(path)) {
    const test = name === 'danh-sach-100k.xlsx' ? ['benchmark_workbook', '--', '--ignored'] : ['fixtures_for_the_end_to_end_journeys'];
    execFileSync('cargo', ['test', '--test', 'e2e_fixtures', ...test], { cwd: ROOT, stdio: 'inherit' });
  }
  return path;
}
