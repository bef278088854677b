// Sums passed and failed tests from the runners' JSON reports (Vitest's or Playwright's, told
// apart by their shape) and prints the one closing line CI reads. Exits 1 when any test failed
// or a report is missing.
import { existsSync, readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
let missing = false;

for (const path of process.argv.slice(2)) {
  if (!existsSync(path)) {
    missing = true;
    continue;
  }
  const report = JSON.parse(readFileSync(path, "utf8"));
  if (report.stats) {
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
  } else {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  }
}

if (missing) console.log("a test report is missing: a step before it failed (see above)");
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || missing ? 1 : 0);
