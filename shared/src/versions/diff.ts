import { diffArrays, diffWordsWithSpace } from "diff";
import { type CanonicalDocument, referencedBlocks } from "../proposal/canonical-document.ts";
import { canonicalString } from "../proposal/canonical-json.ts";
import { DOCUMENT_NODE, type PMNodeJSON, stringAttr } from "../proposal/prosemirror-json.ts";
import { plainText } from "../proposal/section-text.ts";

/** One piece of a changed line, word by word. */
export interface WordChange {
  kind: "same" | "added" | "removed";
  text: string;
}

export interface LineChange {
  kind: "same" | "added" | "removed";
  text: string;
  /**
   * On an added line that replaces a removed one (the n-th added line of a change against its
   * n-th removed line): the same change word by word. Absent elsewhere.
   */
  words?: WordChange[];
}

export interface SectionDiff {
  sectionKey: string | null;
  title: string;
  status: "same" | "changed" | "added" | "removed";
  lines: LineChange[];
  /** Ids of the structured blocks (tables) of the section whose data changed. */
  blocksChanged: string[];
}

/** How much text a comparison takes, and how hard it tries before showing a section replaced. */
export const DiffLimits = {
  /** Lines of text each side of a comparison may have, over all its sections. */
  maxLines: 20_000,
  /** Characters each side may have. */
  maxChars: 2_000_000,
  /** Line edits beyond which a section is shown as removed whole and added whole. */
  maxLineEdits: 3_000,
  /** Word edits beyond which a changed line is shown without its word-by-word detail. */
  maxWordEdits: 400,
} as const;

const same = (text: string): LineChange => ({ kind: "same", text });
const removed = (text: string): LineChange => ({ kind: "removed", text });
const added = (text: string): LineChange => ({ kind: "added", text });

function wordChanges(before: string, after: string): WordChange[] | undefined {
  const parts = diffWordsWithSpace(before, after, { maxEditLength: DiffLimits.maxWordEdits });
  return parts?.map((part) => ({
    kind: part.added ? "added" : part.removed ? "removed" : "same",
    text: part.value,
  }));
}

/** The added lines of one change, each paired word by word with the removed line it replaces. */
function replacing(gone: readonly string[], come: readonly string[]): LineChange[] {
  return come.map((text, i) => {
    const old = gone[i];
    const words = old === undefined ? undefined : wordChanges(old, text);
    return words ? { kind: "added", text, words } : added(text);
  });
}

/**
 * The pairs of line numbers (before, after) of a longest common subsequence, or null past
 * `DiffLimits.maxLineEdits`. A line found on one side only can be in no common subsequence,
 * so those are set aside first (as GNU diff does): a paste of new lines, or a text rewritten
 * whole, then costs next to nothing.
 */
function matchedLines(
  before: readonly string[],
  after: readonly string[],
): [number, number][] | null {
  const inBefore = new Set(before);
  const inAfter = new Set(after);
  const keptBefore = before.flatMap((line, i) => (inAfter.has(line) ? [i] : []));
  const keptAfter = after.flatMap((line, j) => (inBefore.has(line) ? [j] : []));
  const parts = diffArrays(
    keptBefore.map((i) => before[i] ?? ""),
    keptAfter.map((j) => after[j] ?? ""),
    { maxEditLength: DiffLimits.maxLineEdits },
  );
  if (!parts) return null;
  const pairs: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const part of parts) {
    if (part.added) y += part.count;
    else if (part.removed) x += part.count;
    else
      for (let k = 0; k < part.count; k++) pairs.push([keptBefore[x++] ?? 0, keptAfter[y++] ?? 0]);
  }
  return pairs;
}

/**
 * Line by line (Myers' algorithm, from the maintained `diff` library): what was kept, removed
 * and added, with the word-by-word detail of replaced lines. Past `DiffLimits.maxLineEdits`
 * the section is shown as removed and added whole: correct, only less precise, and bounded.
 */
export function diffLines(before: readonly string[], after: readonly string[]): LineChange[] {
  const pairs = matchedLines(before, after);
  if (!pairs) return [...before.map(removed), ...replacing(before, after)];
  const changes: LineChange[] = [];
  let i = 0;
  let j = 0;
  for (const [nextI, nextJ] of [...pairs, [before.length, after.length] as [number, number]]) {
    const gone = before.slice(i, nextI);
    changes.push(...gone.map(removed), ...replacing(gone, after.slice(j, nextJ)));
    const kept = before[nextI];
    if (kept !== undefined && nextI < before.length) changes.push(same(kept));
    i = nextI + 1;
    j = nextJ + 1;
  }
  return changes;
}

interface Section {
  key: string | null;
  title: string;
  nodes: PMNodeJSON[];
}

function sectionsOf(document: CanonicalDocument): Section[] {
  const sections: Section[] = [];
  for (const node of document.content.content ?? []) {
    if (node.type === DOCUMENT_NODE.sectionHeading) {
      sections.push({ key: stringAttr(node, "sectionKey"), title: plainText([node]), nodes: [] });
      continue;
    }
    let current = sections.at(-1);
    if (!current) {
      current = { key: null, title: "", nodes: [] };
      sections.push(current);
    }
    current.nodes.push(node);
  }
  return sections;
}

const lines = (section: Section | undefined) =>
  section
    ? plainText(section.nodes)
        .split("\n")
        .filter((line) => line !== "")
    : [];

function changedBlocks(
  before: CanonicalDocument,
  after: CanonicalDocument,
  section: Section | undefined,
): string[] {
  if (!section) return [];
  const ids = referencedBlocks({ type: "doc", content: section.nodes }).map((b) => b.blockId);
  const same = (id: string) =>
    before.blocks[id] !== undefined &&
    after.blocks[id] !== undefined &&
    canonicalString(before.blocks[id]) === canonicalString(after.blocks[id]);
  return ids.filter((id) => !same(id));
}

/**
 * Why a comparison of these two documents is refused (each side over `DiffLimits`), or null.
 * Checked before any diffing: the work then stays bounded whatever the documents hold.
 */
export function diffTooLarge(before: CanonicalDocument, after: CanonicalDocument): string | null {
  for (const [side, document] of [
    ["from", before],
    ["to", after],
  ] as const) {
    const sections = sectionsOf(document).map(lines);
    const lineCount = sections.reduce((sum, section) => sum + section.length, 0);
    const chars = sections.reduce((sum, s) => s.reduce((n, line) => n + line.length, sum), 0);
    if (lineCount > DiffLimits.maxLines || chars > DiffLimits.maxChars) {
      return (
        `${side}: too long to compare (${lineCount} lines, ${chars} characters; ` +
        `at most ${DiffLimits.maxLines} lines and ${DiffLimits.maxChars} characters)`
      );
    }
  }
  return null;
}

/** Section by section (matched by key), what changed from `before` to `after`. */
export function diffDocuments(before: CanonicalDocument, after: CanonicalDocument): SectionDiff[] {
  const old = sectionsOf(before);
  const next = sectionsOf(after);
  const oldByKey = new Map(old.map((section) => [section.key, section]));
  const nextKeys = new Set(next.map((section) => section.key));
  const diffs = next.map((section): SectionDiff => {
    const previous = oldByKey.get(section.key);
    const changes = diffLines(lines(previous), lines(section));
    const blocksChanged = changedBlocks(before, after, section);
    const changed = changes.some((c) => c.kind !== "same") || blocksChanged.length > 0;
    const status = !previous
      ? "added"
      : changed || previous.title !== section.title
        ? "changed"
        : "same";
    return { sectionKey: section.key, title: section.title, status, lines: changes, blocksChanged };
  });
  for (const section of old.filter((s) => !nextKeys.has(s.key))) {
    const changes = lines(section).map((text) => ({ kind: "removed" as const, text }));
    diffs.push({
      sectionKey: section.key,
      title: section.title,
      status: "removed",
      lines: changes,
      blocksChanged: [],
    });
  }
  return diffs;
}

/** `GET /api/versions/:id/diff?to=…`: from a version to a later one or to the live draft. */
export interface VersionDiff {
  fromVersionId: string;
  /** A version id, or "draft" for the live text. */
  to: string;
  sections: SectionDiff[];
}
