import { formatIssues } from "../validation/format-issues.ts";
import type { BlockData, ReadBlockResult } from "./blocks.ts";
import {
  type BoardMaterial,
  type BoardOutputRef,
  referencedBoardOutputs,
} from "./board-output-refs.ts";
import { canonicalContent, canonicalText } from "./canonical.ts";
import { canonicalString } from "./canonical-json.ts";
import type { DocumentMeta } from "./document-shape.ts";
import {
  DOCUMENT_NODE,
  type PMNodeJSON,
  PMNodeJSONSchema,
  stringAttr,
} from "./prosemirror-json.ts";
import { withoutSuggestions } from "./suggestion-text.ts";

/**
 * What a freeze hashes: the canonical text (canonical.ts) with the data of the structured
 * blocks it shows, and the template it was written on. Deliberately left out:
 * - comments (the `comments` map and comment marks): discussion, not the agreed text;
 * - section metadata (who is assigned, character limits): how the text was written, not what
 *   it says; reassigning a section must not change the impronta;
 * - pending suggestions: proposed insertions are dropped, text proposed for deletion is kept
 *   (suggestion-text.ts), as if every suggestion were rejected;
 * - blocks whose node was deleted from the text: no reader sees them;
 * - computed totals and shares: derived from the items, recomputed by any reader.
 * Board outputs the text shows (lists inserted from a board) are kept as the server read them
 * from their boards at the freeze, in reading order. A document without any has no
 * `boardOutputs` field at all, so the impronta of every text frozen before boards could be
 * quoted stays the same.
 */
export const CANONICAL_FORMAT = "tavolo.documento/1";

export interface CanonicalDocument {
  format: typeof CANONICAL_FORMAT;
  templateId: string | null;
  templateVersion: number | null;
  content: PMNodeJSON;
  /** The data of every block the text shows, keyed by block id. */
  blocks: Record<string, BlockData>;
  /** The board outputs the text shows, as they stood on their boards at the freeze. */
  boardOutputs?: CanonicalBoardOutput[];
}

/** One board output as frozen: where it came from, and its notes with their attribution. */
export type CanonicalBoardOutput = Omit<BoardOutputRef, "insertedBy" | "insertedAt"> &
  BoardMaterial;

/**
 * A reference the text shows: `unknown` when the document has no such reference (a list copied
 * from another document: nothing to freeze), `unread` when its material was not read from the
 * board (a server fault, which stops the freeze).
 */
export type ReadBoardOutputResult =
  | { kind: "ok"; ref: BoardOutputRef; material: BoardMaterial }
  | { kind: "unknown" }
  | { kind: "unread" };

export type CanonicalResult =
  | { ok: true; document: CanonicalDocument; canonical: string }
  | { ok: false; problems: string[] };

/** The structured blocks a text shows, in reading order, each id once. */
export function referencedBlocks(content: PMNodeJSON): { blockId: string; blockType: string }[] {
  const found = new Map<string, string>();
  const visit = (node: PMNodeJSON): void => {
    if (node.type === DOCUMENT_NODE.structuredBlock) {
      const blockId = stringAttr(node, "blockId");
      if (blockId !== null && !found.has(blockId)) {
        found.set(blockId, stringAttr(node, "blockType") ?? "");
      }
    }
    for (const child of node.content ?? []) visit(child);
  };
  visit(content);
  return [...found].map(([blockId, blockType]) => ({ blockId, blockType }));
}

/** Every string in block data NFC-normalised like the text (rule C3), the rest unchanged. */
function normaliseStrings<T>(value: T): T {
  if (typeof value === "string") return canonicalText(value) as T;
  if (Array.isArray(value)) return value.map(normaliseStrings) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, normaliseStrings(item)]),
    ) as T;
  }
  return value;
}

function collectBlocks(
  content: PMNodeJSON,
  readBlock: (blockId: string) => ReadBlockResult,
): { blocks: Record<string, BlockData>; problems: string[] } {
  const blocks: Record<string, BlockData> = {};
  const problems: string[] = [];
  for (const { blockId, blockType } of referencedBlocks(content)) {
    const read = readBlock(blockId);
    if (!read.ok) {
      problems.push(
        read.problem === "missing"
          ? `block ${blockId}: no data for this block`
          : `block ${blockId}: ${formatIssues(read.error)}`,
      );
    } else if (read.data.type !== blockType) {
      problems.push(
        `block ${blockId}: the text shows a ${blockType}, the data is a ${read.data.type}`,
      );
    } else {
      blocks[blockId] = normaliseStrings(read.data);
    }
  }
  return { blocks, problems };
}

function collectBoardOutputs(
  content: PMNodeJSON,
  readBoardOutput: (id: string) => ReadBoardOutputResult,
): { outputs: CanonicalBoardOutput[]; problems: string[] } {
  const outputs: CanonicalBoardOutput[] = [];
  const problems: string[] = [];
  for (const id of referencedBoardOutputs(content)) {
    const read = readBoardOutput(id);
    if (read.kind === "unread") problems.push(`board output ${id}: not read from its board`);
    if (read.kind !== "ok") continue;
    const { boardId, source, heading } = read.ref;
    outputs.push(normaliseStrings({ id, boardId, source, heading, ...read.material }));
  }
  return { outputs, problems };
}

/**
 * The canonical document and its canonical text, or every problem that stops a freeze (a block
 * with a negative amount, months outside the span, a block without data).
 */
export function buildCanonicalDocument(input: {
  meta: DocumentMeta | null;
  content: unknown;
  readBlock: (blockId: string) => ReadBlockResult;
  /** Absent: the document quotes no board (every reference reads as unknown). */
  readBoardOutput?: (id: string) => ReadBoardOutputResult;
  /** Keep pending suggestions (a live draft's DOCX shows them as tracked changes). */
  keepSuggestions?: boolean;
}): CanonicalResult {
  const parsed = PMNodeJSONSchema.safeParse(input.content);
  if (!parsed.success) return { ok: false, problems: [`content: ${formatIssues(parsed.error)}`] };
  const content = canonicalContent(
    input.keepSuggestions ? parsed.data : withoutSuggestions(parsed.data),
  );
  const { blocks, problems } = collectBlocks(content, input.readBlock);
  const board = collectBoardOutputs(
    content,
    input.readBoardOutput ?? (() => ({ kind: "unknown" })),
  );
  problems.push(...board.problems);
  if (problems.length > 0) return { ok: false, problems };
  const document: CanonicalDocument = {
    format: CANONICAL_FORMAT,
    templateId: input.meta?.templateId ?? null,
    templateVersion: input.meta?.templateVersion ?? null,
    content,
    blocks,
    ...(board.outputs.length > 0 ? { boardOutputs: board.outputs } : {}),
  };
  return { ok: true, document, canonical: canonicalString(document) };
}
