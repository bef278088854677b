import { inlineLiteral, lineLiteral } from "./markdown-text.ts";
import type { ExportRun } from "./model.ts";

const WORD_EDGE = /^[\p{L}\p{N}]$/u;

/** Marks and their Markdown delimiters; underline has none, so it is always `<u>`. */
const MARKS = [
  { mark: "italic", open: "*", close: "*", tag: "em" },
  { mark: "bold", open: "**", close: "**", tag: "strong" },
  { mark: "strike", open: "~~", close: "~~", tag: "s" },
  { mark: "underline", open: null, close: null, tag: "u" },
] as const;

const hasMarks = (run: ExportRun | undefined) =>
  run !== undefined && Object.values(run.marks).some(Boolean);

/** A link address in angle brackets, which may hold anything but `<`, `>` and white space. */
const destination = (href: string) =>
  `<${href.replace(/[<>\s\\]/g, (c) => encodeURIComponent(c))}>`;

/**
 * One run as Markdown. Delimiters (`**`, `*`, `~~`) are used where CommonMark is sure to read
 * them: between letters or digits, away from a neighbouring run's delimiters; anywhere else the
 * inline HTML tags, which always work. White space at the edges stays outside the marks.
 */
function runMarkdown(run: ExportRun, before: ExportRun | undefined, after: ExportRun | undefined) {
  const [, lead = "", inner = "", trail = ""] = /^(\s*)([\s\S]*?)(\s*)$/u.exec(run.text) ?? [];
  if (inner === "") return inlineLiteral(run.text);
  const delimiters =
    WORD_EDGE.test(inner.at(0) ?? "") &&
    WORD_EDGE.test(inner.at(-1) ?? "") &&
    !(hasMarks(before) && lead === "") &&
    !(hasMarks(after) && trail === "");
  let text = inlineLiteral(inner);
  for (const { mark, open, close, tag } of MARKS) {
    if (!run.marks[mark]) continue;
    text = delimiters && open ? `${open}${text}${close}` : `<${tag}>${text}</${tag}>`;
  }
  if (run.link) text = `[${text}](${destination(run.link)})`;
  return `${inlineLiteral(lead)}${text}${inlineLiteral(trail)}`;
}

/**
 * Runs as Markdown text, each line made literal at its start; lines joined by `lineBreak`
 * (a hard break "  \n" in a paragraph, `<br>` in a table cell).
 */
export function runsMarkdown(runs: readonly ExportRun[], lineBreak = "  \n"): string {
  const text = runs.map((run, i) => runMarkdown(run, runs[i - 1], runs[i + 1])).join("");
  return text.split("\n").map(lineLiteral).join(lineBreak);
}
