import path from "node:path";
import type { TestInfo } from "@playwright/test";
import { repoRoot } from "./server.ts";

/** Screenshots go to test-results, or to docs/screenshots when TAVOLO_SCREENSHOTS is set. */
export function shotPath(testInfo: TestInfo, name: string): string {
  return process.env.TAVOLO_SCREENSHOTS
    ? path.join(repoRoot, "docs/screenshots", `${name}.png`)
    : testInfo.outputPath(`${name}.png`);
}
