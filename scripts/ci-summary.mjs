// Sums the vitest JSON reports in reports/ into "N passed, N failed" (printed by .ci/run).
// A test file that failed to load has no test results: it counts as one failure.
import { readdirSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const file of readdirSync('reports').filter((f) => f.endsWith('.json'))) {
  const report = JSON.parse(readFileSync(`reports/${file}`, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  for (const suite of report.testResults ?? []) {
    if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) failed += 1;
  }
  process.stderr.write(`ci: ${file}: ${report.numPassedTests ?? 0} passed, ${report.numFailedTests ?? 0} failed\n`);
}
process.stdout.write(`${passed} ${failed}\n`);
