// Sums passed and failed tests from Vitest's and Playwright's JSON reports and prints the one
// closing line CI reads. Exits 1 when any test failed or a report is missing.
import { existsSync, readFileSync } from "node:fs";

const [vitestPath, playwrightPath] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let missing = false;

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : null);

const vitest = read(vitestPath);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
} else missing = true;

const playwright = read(playwrightPath);
if (playwright) {
  passed += playwright.stats.expected + playwright.stats.flaky;
  failed += playwright.stats.unexpected;
} else missing = true;

if (missing) console.log("a test report is missing: a step before it failed (see above)");
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || missing ? 1 : 0);
