import type * as Y from "yjs";
import { z } from "zod";
import { documentContentJSON } from "./canonical-ydoc.ts";
import { readAllSectionMeta, readDocumentMeta } from "./document-shape.ts";
import { DOCUMENT_NODE, type PMNodeJSON } from "./prosemirror-json.ts";
import {
  DEFAULT_SECTION_STATUS,
  isSectionReady,
  type SectionStatus,
  SectionStatusSchema,
} from "./section-status.ts";
import { countCharacters, plainText, splitSections } from "./section-text.ts";
import { pendingSuggestions, withoutSuggestions } from "./suggestion-text.ts";
import { findProposalTemplate } from "./templates/registry.ts";

/**
 * What a freeze reports before the text goes out for approval: the sections with nothing in
 * them and the sections longer than their "max N caratteri", counted exactly as the editor
 * counts them live (section-text.ts) against the limits the editor shows (the `sections` map),
 * and the sections not yet signed off (`pronta`) or closed. Reports frozen before sign-off
 * existed have no `notReady`.
 */
export const CompletenessReportSchema = z.object({
  empty: z.array(z.object({ sectionKey: z.string(), title: z.string() })),
  overLimit: z.array(
    z.object({
      sectionKey: z.string(),
      title: z.string(),
      count: z.number().int().nonnegative(),
      limit: z.number().int().positive(),
    }),
  ),
  notReady: z
    .array(z.object({ sectionKey: z.string(), title: z.string(), status: SectionStatusSchema }))
    .optional(),
  /** Suggestions nobody accepted or rejected: the freeze takes the text without them. */
  pendingSuggestions: z
    .array(
      z.object({
        /** The suggestion's id (absent in reports stored before it was listed). */
        id: z.string().optional(),
        sectionKey: z.string().nullable(),
        kind: z.enum(["insertion", "deletion"]),
        authorName: z.string(),
        text: z.string(),
      }),
    )
    .optional(),
});
export type CompletenessReport = z.infer<typeof CompletenessReportSchema>;

/** Nodes that hold no content of their own: only their children can fill a section. */
const CONTAINERS: ReadonlySet<string> = new Set([
  DOCUMENT_NODE.paragraph,
  DOCUMENT_NODE.hardBreak,
  "heading",
  "bulletList",
  "orderedList",
  "listItem",
  "blockquote",
]);

/** Text that is not only spaces, or any other leaf (a table, a structured block, a quote). */
function hasContent(node: PMNodeJSON): boolean {
  if (node.type === DOCUMENT_NODE.text) return (node.text ?? "").trim() !== "";
  if (!CONTAINERS.has(node.type)) return true;
  return (node.content ?? []).some(hasContent);
}

/**
 * The report for a text: `limits` and `titles` by section key. A section the template names
 * but the text has lost (its heading deleted) is reported empty too.
 */
export function completenessReport(
  content: PMNodeJSON,
  limits: Readonly<Record<string, number | null | undefined>>,
  titles: Readonly<Record<string, string>>,
  expected: readonly string[] = [],
): CompletenessReport {
  const found = new Map<string, PMNodeJSON[]>();
  for (const { sectionKey, nodes } of splitSections(content)) {
    if (sectionKey === null) continue;
    // A heading pasted twice adds both parts, as the live count does.
    found.set(sectionKey, [...(found.get(sectionKey) ?? []), ...nodes]);
  }
  const report: CompletenessReport = { empty: [], overLimit: [] };
  const title = (key: string) => titles[key] ?? key;
  for (const key of expected) {
    if (!found.has(key)) report.empty.push({ sectionKey: key, title: title(key) });
  }
  for (const [sectionKey, nodes] of found) {
    if (!nodes.some(hasContent)) report.empty.push({ sectionKey, title: title(sectionKey) });
    const limit = limits[sectionKey];
    const count = countCharacters(plainText(nodes));
    if (typeof limit === "number" && count > limit) {
      report.overLimit.push({ sectionKey, title: title(sectionKey), count, limit });
    }
  }
  return report;
}

/**
 * The report of a document room's Y.Doc: its text, its sections' limits, its template's titles;
 * with `statuses` (the server's sign-off record), the sections of a shared-out template (not
 * minutes) that are not ready.
 */
export function documentCompleteness(
  doc: Y.Doc,
  statuses?: Readonly<Record<string, SectionStatus>>,
): CompletenessReport {
  const meta = readDocumentMeta(doc);
  const template = meta ? findProposalTemplate(meta.templateId) : undefined;
  const sections = template?.sections ?? [];
  const titles = Object.fromEntries(sections.map((section) => [section.key, section.title]));
  const limits = Object.fromEntries(
    Object.entries(readAllSectionMeta(doc)).map(([key, value]) => [key, value.charLimit]),
  );
  const expected = sections.map((section) => section.key);
  const content = documentContentJSON(doc);
  const text = completenessReport(withoutSuggestions(content), limits, titles, expected);
  const pending = pendingSuggestions(content).map(({ id, sectionKey, kind, authorName, text }) => ({
    id,
    sectionKey,
    kind,
    authorName,
    text: text.slice(0, 200),
  }));
  const report = pending.length > 0 ? { ...text, pendingSuggestions: pending } : text;
  if (!statuses || !template || template.kind === "verbale") return report;
  const notReady = sections
    .map(({ key, title }) => ({
      sectionKey: key,
      title,
      status: statuses[key] ?? DEFAULT_SECTION_STATUS,
    }))
    .filter(({ status }) => !isSectionReady(status));
  return { ...report, notReady };
}

/** True when the report has anything to warn about. */
export function hasCompletenessProblems(report: CompletenessReport): boolean {
  return (
    report.empty.length > 0 ||
    report.overLimit.length > 0 ||
    (report.notReady ?? []).length > 0 ||
    (report.pendingSuggestions ?? []).length > 0
  );
}
