import {
  type CanonicalDocument,
  DOCUMENT_NODE,
  findProposalTemplate,
  type PMNodeJSON,
  plainText,
  stringAttr,
} from "@tavolo/shared";
import { type NameOf, structuredBlocks } from "./block-tables.ts";
import { boardAnnex } from "./board-annex.ts";
import { inlineRuns } from "./inline-runs.ts";
import type { ExportBlock, ExportSection } from "./model.ts";
import { textTable } from "./text-table.ts";

export type { NameOf } from "./block-tables.ts";

/** Numbers the tables written in the text, in document order ("Tabella 1", "Tabella 2"...). */
interface TableCounter {
  count: number;
}

interface Context {
  document: CanonicalDocument;
  nameOf: NameOf;
  tables: TableCounter;
}

function listBlock(node: PMNodeJSON, context: Context): ExportBlock {
  const start = node.attrs?.start;
  return {
    kind: "list",
    ordered: node.type === "orderedList",
    start: typeof start === "number" && Number.isInteger(start) ? start : 1,
    items: (node.content ?? []).map((item) =>
      (item.content ?? []).flatMap((child) => nodeBlocks(child, context)),
    ),
  };
}

/** One node of the text as export blocks: everything the editor can write has a case here. */
function nodeBlocks(node: PMNodeJSON, context: Context): ExportBlock[] {
  switch (node.type) {
    case "table": {
      const table = textTable(node, `Tabella ${context.tables.count + 1}`);
      if (!table) return [];
      context.tables.count += 1;
      return [{ kind: "table", table }];
    }
    case DOCUMENT_NODE.structuredBlock: {
      const data = context.document.blocks[stringAttr(node, "blockId") ?? ""];
      return data ? structuredBlocks(data, context.nameOf) : [];
    }
    case "bulletList":
    case "orderedList":
      return [listBlock(node, context)];
    case "blockquote":
      return [
        { kind: "quote", blocks: (node.content ?? []).flatMap((n) => nodeBlocks(n, context)) },
      ];
    case "horizontalRule":
      return [{ kind: "rule" }];
    case "heading": {
      const level = node.attrs?.level === 4 ? 4 : 3;
      return [{ kind: "heading", level, runs: inlineRuns(node.content ?? []) }];
    }
    default: {
      const runs = inlineRuns(node.content ?? []);
      if (runs.length > 0) return [{ kind: "paragraph", runs }];
      // Not a paragraph (a node a newer editor added): its text, so nothing agreed is lost.
      const text = node.type === DOCUMENT_NODE.paragraph ? "" : plainText([node]);
      return text === "" ? [] : [{ kind: "paragraph", runs: inlineRuns([{ type: "text", text }]) }];
    }
  }
}

function sectionTitle(document: CanonicalDocument, key: string | null, heading: string): string {
  if (heading.trim() !== "") return heading;
  const template = document.templateId ? findProposalTemplate(document.templateId) : undefined;
  return template?.sections.find((s) => s.key === key)?.title ?? "Premessa";
}

/**
 * The document's sections in order, each with its title, paragraphs and tables, then the annex
 * of board materials when the text quotes a board.
 */
export function exportSections(document: CanonicalDocument, nameOf: NameOf): ExportSection[] {
  const sections: ExportSection[] = [];
  const context: Context = { document, nameOf, tables: { count: 0 } };
  for (const node of document.content.content ?? []) {
    if (node.type === DOCUMENT_NODE.sectionHeading) {
      const title = sectionTitle(document, stringAttr(node, "sectionKey"), plainText([node]));
      sections.push({ title, blocks: [] });
      continue;
    }
    let current = sections.at(-1);
    if (!current) {
      current = { title: "Premessa", blocks: [] };
      sections.push(current);
    }
    current.blocks.push(...nodeBlocks(node, context));
  }
  const annex = boardAnnex(document);
  return annex ? [...sections, annex] : sections;
}
