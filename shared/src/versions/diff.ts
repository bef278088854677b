import { type CanonicalDocument, referencedBlocks } from "../proposal/canonical-document.ts";
import { canonicalString } from "../proposal/canonical-json.ts";
import { DOCUMENT_NODE, type PMNodeJSON, stringAttr } from "../proposal/prosemirror-json.ts";
import { plainText } from "../proposal/section-text.ts";

export interface LineChange {
  kind: "same" | "added" | "removed";
  text: string;
}

export interface SectionDiff {
  sectionKey: string | null;
  title: string;
  status: "same" | "changed" | "added" | "removed";
  lines: LineChange[];
  /** Ids of the structured blocks (tables) of the section whose data changed. */
  blocksChanged: string[];
}

/** Line by line, by longest common subsequence: what was kept, removed and added. */
export function diffLines(before: readonly string[], after: readonly string[]): LineChange[] {
  const rows = before.length + 1;
  const cols = after.length + 1;
  const lcs: number[] = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number) => lcs[i * cols + j] ?? 0;
  for (let i = before.length - 1; i >= 0; i--) {
    for (let j = after.length - 1; j >= 0; j--) {
      lcs[i * cols + j] =
        before[i] === after[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const changes: LineChange[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    const b = before[i];
    const a = after[j];
    if (b !== undefined && a !== undefined && b === a) {
      changes.push({ kind: "same", text: b });
      i++;
      j++;
    } else if (b !== undefined && (a === undefined || at(i + 1, j) >= at(i, j + 1))) {
      changes.push({ kind: "removed", text: b });
      i++;
    } else if (a !== undefined) {
      changes.push({ kind: "added", text: a });
      j++;
    }
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
