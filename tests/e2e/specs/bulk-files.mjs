// Generated organization lists for the bulk check's journeys and benchmark, written once by the
// native generator (`cargo bench --bench bulk -- --write <dir> --only <label>`, see
// tests/bench/bulk_sample.rs): deterministic, about 5 % of rows with each kind of error.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FILES = fileURLToPath(new URL('../test-results/bulk-files/', import.meta.url));

/** The path of the generated list `bulk-<label>.csv` (label: 10k, 100k or 1m). */
export function generatedFile(label) {
  const path = `${FILES}bulk-${label}.csv`;
  if (!existsSync(path)) {
    mkdirSync(FILES, { recursive: true });
    execFileSync('cargo', ['bench', '--bench', 'bulk', '--', '--write', FILES, '--only', label], {
      cwd: ROOT, stdio: 'inherit',
    });
  }
  return path;
}
