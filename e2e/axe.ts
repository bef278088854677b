import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** WCAG 2.1 A and AA, the level Italian public administrations are bound to. */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * Rules axe-core still tags "experimental" (so off unless named) that check a WCAG 2.1 A or AA
 * criterion all the same: 2.5.3 Label in Name.
 */
const EXPERIMENTAL_WCAG_RULES = ["label-content-name-mismatch"];

/**
 * Runs axe-core on the page as it is now, with the WCAG 2.1 AA rules and the experimental ones
 * above, and fails on any serious or critical violation, listing each rule with the elements it
 * found. It fails too if one of the experimental rules did not run (a renamed rule would
 * otherwise pass unnoticed).
 */
export async function expectNoSeriousA11yViolations(page: Page, what: string): Promise<void> {
  const enabled = Object.fromEntries(EXPERIMENTAL_WCAG_RULES.map((id) => [id, { enabled: true }]));
  // Tavolo's pages have no frames, so axe runs in the page itself: its default finishes each
  // scan in a new blank page, which cost two more seconds a scan than the scan did.
  const results = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ rules: enabled })
    .withTags(WCAG_TAGS)
    .analyze();
  const ran = new Set(
    [...results.passes, ...results.violations, ...results.incomplete, ...results.inapplicable].map(
      (rule) => rule.id,
    ),
  );
  expect(
    EXPERIMENTAL_WCAG_RULES.filter((id) => !ran.has(id)),
    "axe rules not run",
  ).toEqual([]);
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}\n` +
        violation.nodes.map((node) => `    ${node.target.join(" ")}`).join("\n"),
    );
  expect(serious, `accessibility violations on ${what}`).toEqual([]);
}
