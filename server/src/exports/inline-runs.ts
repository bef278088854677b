import {
  type PMNodeJSON,
  readSuggestionAttrs,
  type SuggestionKind,
  suggestionKindOf,
} from "@tavolo/shared";
import type { ExportChange, ExportMarks, ExportRun } from "./model.ts";

const OPENABLE = new Set(["http:", "https:", "mailto:"]);

/**
 * A link's address when a reader may safely open it: http, https or mailto, as the editor's
 * link field accepts. Anything else (a `javascript:` pasted from elsewhere) prints as text.
 */
export function openableHref(href: unknown): string | null {
  if (typeof href !== "string") return null;
  try {
    return OPENABLE.has(new URL(href).protocol) ? href : null;
  } catch {
    return null;
  }
}

function runOf(node: PMNodeJSON): ExportRun {
  const types = new Set((node.marks ?? []).map((mark) => mark.type));
  const link = node.marks?.find((mark) => mark.type === "link");
  const marks: ExportMarks = {
    bold: types.has("bold"),
    italic: types.has("italic"),
    underline: types.has("underline"),
    strike: types.has("strike"),
  };
  const run: ExportRun = { text: node.text ?? "", marks, link: openableHref(link?.attrs?.href) };
  const change = changeOf(node);
  return change ? { ...run, change } : run;
}

/** The suggestion on a text node; an insertion wins over a deletion of the same text. */
function changeOf(node: PMNodeJSON): ExportChange | undefined {
  const found = new Map<SuggestionKind, ExportChange>();
  for (const mark of node.marks ?? []) {
    const kind = suggestionKindOf(mark.type);
    const attrs = readSuggestionAttrs(mark.attrs);
    if (kind && attrs) {
      found.set(kind, { kind, id: attrs.id, author: attrs.authorName, date: attrs.createdAt });
    }
  }
  return found.get("insertion") ?? found.get("deletion");
}

const sameRun = (a: ExportRun, b: ExportRun) =>
  a.link === b.link &&
  a.change?.kind === b.change?.kind &&
  a.change?.id === b.change?.id &&
  a.marks.bold === b.marks.bold &&
  a.marks.italic === b.marks.italic &&
  a.marks.underline === b.marks.underline &&
  a.marks.strike === b.marks.strike;

/** Appends `run`, joined to the last one when they look the same. */
function push(runs: ExportRun[], run: ExportRun): void {
  const last = runs.at(-1);
  if (last && sameRun(last, run)) runs[runs.length - 1] = { ...last, text: last.text + run.text };
  else if (run.text !== "") runs.push(run);
}

const LINE_BREAK: ExportRun = {
  text: "\n",
  marks: { bold: false, italic: false, underline: false, strike: false },
  link: null,
};

/**
 * The inline content of a paragraph or heading as runs: text with its marks (bold, italic,
 * underline, strike, link), a hard break as a "\n" run.
 */
export function inlineRuns(nodes: readonly PMNodeJSON[]): ExportRun[] {
  const runs: ExportRun[] = [];
  for (const node of nodes) push(runs, node.type === "hardBreak" ? LINE_BREAK : runOf(node));
  return runs;
}

/** Runs of several blocks (the paragraphs and lists of a table cell), one line each. */
export function blocksRuns(nodes: readonly PMNodeJSON[]): ExportRun[] {
  const runs: ExportRun[] = [];
  nodes.forEach((node, index) => {
    if (index > 0) push(runs, LINE_BREAK);
    const children = node.content ?? [];
    const inline = children.every((c) => c.type === "text" || c.type === "hardBreak");
    for (const run of inline ? inlineRuns(children) : blocksRuns(children)) push(runs, run);
  });
  return runs;
}
