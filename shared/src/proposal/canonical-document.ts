import { formatIssues } from "../validation/format-issues.ts";
import type { BlockData, ReadBlockResult } from "./blocks.ts";
import { canonicalContent, canonicalText } from "./canonical.ts";
import { canonicalString } from "./canonical-json.ts";
import type { DocumentMeta } from "./document-shape.ts";
import {
  DOCUMENT_NODE,
  type PMNodeJSON,
  PMNodeJSONSchema,
  stringAttr,
} from "./prosemirror-json.ts";

/**
 * What a freeze hashes: the canonical text (canonical.ts) with the data of the structured
 * blocks it shows, and the template it was written on. Deliberately left out:
 * - comments (the `comments` map and comment marks): discussion, not the agreed text;
 * - section metadata (who is assigned, character limits): how the text was written, not what
 *   it says; reassigning a section must not change the impronta;
 * - blocks whose node was deleted from the text: no reader sees them;
 * - computed totals and shares: derived from the items, recomputed by any reader.
 */
export const CANONICAL_FORMAT = "tavolo.documento/1";

export interface CanonicalDocument {
  format: typeof CANONICAL_FORMAT;
  templateId: string | null;
  templateVersion: number | null;
  content: PMNodeJSON;
  /** The data of every block the text shows, keyed by block id. */
  blocks: Record<string, BlockData>;
}

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

/**
 * The canonical document and its canonical text, or every problem that stops a freeze (a block
 * with a negative amount, months outside the span, a block without data).
 */
export function buildCanonicalDocument(input: {
  meta: DocumentMeta | null;
  content: unknown;
  readBlock: (blockId: string) => ReadBlockResult;
}): CanonicalResult {
  const parsed = PMNodeJSONSchema.safeParse(input.content);
  if (!parsed.success) return { ok: false, problems: [`content: ${formatIssues(parsed.error)}`] };
  const content = canonicalContent(parsed.data);
  const { blocks, problems } = collectBlocks(content, input.readBlock);
  if (problems.length > 0) return { ok: false, problems };
  const document: CanonicalDocument = {
    format: CANONICAL_FORMAT,
    templateId: input.meta?.templateId ?? null,
    templateVersion: input.meta?.templateVersion ?? null,
    content,
    blocks,
  };
  return { ok: true, document, canonical: canonicalString(document) };
}
