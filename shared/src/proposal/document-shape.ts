import * as Y from "yjs";
import { z } from "zod";
import { MAX_SECTION_CHAR_LIMIT } from "./templates/template-schema.ts";

/**
 * The top-level Yjs types of a document room (a proposta or a verbale). The editor binds the
 * text; everything else sits in maps beside it so the server can read the whole document from a
 * Y.Doc without a browser or an editor:
 *
 * - `content`  Y.XmlFragment: the Tiptap text (`Collaboration.configure({ field: "content" })`),
 *              with section headings and block placeholders as nodes (editor-schema.ts).
 * - `meta`     Y.Map: formatVersion, templateId, templateVersion; written once at creation.
 * - `sections` Y.Map of Y.Map per section key: assignedOrganisationId, charLimit. A nested map
 *              per section, so assigning a partner and changing the limit at once both survive.
 * - `blocks`   Y.Map of Y.Map per block id: `type` plus the block's fields; rows are Y.Arrays of
 *              Y.Maps, so two people adding budget rows at once both keep theirs.
 * - `comments` Y.Map per comment id: discussion about the text, never part of the frozen text.
 * - `boardOutputs` Y.Map per reference id: a board output inserted into the text ("Inserisci
 *              dalla lavagna"), so a freeze knows which board materials the text draws on
 *              (board-output-refs.ts).
 * - `boardMaterials` Y.Map per reference id: written only by the server, only into the state a
 *              version stores: each referenced output as it stood on its board at the freeze.
 */
export const DOCUMENT_CONTENT_FIELD = "content";
export const DOCUMENT_META = "meta";
export const DOCUMENT_SECTIONS = "sections";
export const DOCUMENT_BLOCKS = "blocks";
export const DOCUMENT_COMMENTS = "comments";
export const DOCUMENT_BOARD_OUTPUTS = "boardOutputs";
export const DOCUMENT_BOARD_MATERIALS = "boardMaterials";
/** Bumped when the shape above changes in a way old readers would misread. */
export const DOCUMENT_FORMAT_VERSION = 1;

/** An untrusted map: every value read from it is checked before use. */
export type YRecord = Y.Map<unknown>;

export function documentContent(doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment(DOCUMENT_CONTENT_FIELD);
}

export function documentMetaMap(doc: Y.Doc): YRecord {
  return doc.getMap<unknown>(DOCUMENT_META);
}

export function documentSections(doc: Y.Doc): YRecord {
  return doc.getMap<unknown>(DOCUMENT_SECTIONS);
}

export function documentBlocks(doc: Y.Doc): YRecord {
  return doc.getMap<unknown>(DOCUMENT_BLOCKS);
}

/** Comments live here, keyed by id, anchored to the text by Yjs relative positions. */
export function documentComments(doc: Y.Doc): YRecord {
  return doc.getMap<unknown>(DOCUMENT_COMMENTS);
}

/** References to board outputs inserted into the text, keyed by reference id. */
export function documentBoardOutputs(doc: Y.Doc): YRecord {
  return doc.getMap<unknown>(DOCUMENT_BOARD_OUTPUTS);
}

/** The board outputs as frozen with a version (server-written, in a version's state only). */
export function documentBoardMaterials(doc: Y.Doc): YRecord {
  return doc.getMap<unknown>(DOCUMENT_BOARD_MATERIALS);
}

export const OrganisationRefSchema = z.string().min(1).max(64);

export const DocumentMetaSchema = z.object({
  formatVersion: z.number().int().positive(),
  templateId: z.string().min(1).max(64),
  templateVersion: z.number().int().positive(),
});
export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;

/** The document's meta, or null while it has not been initialised (or was written badly). */
export function readDocumentMeta(doc: Y.Doc): DocumentMeta | null {
  const parsed = DocumentMetaSchema.safeParse(documentMetaMap(doc).toJSON());
  return parsed.success ? parsed.data : null;
}

export const SectionMetaSchema = z.object({
  assignedOrganisationId: OrganisationRefSchema.nullable(),
  charLimit: z.number().int().positive().max(MAX_SECTION_CHAR_LIMIT).nullable(),
});
export type SectionMeta = z.infer<typeof SectionMetaSchema>;

const NO_SECTION_META: SectionMeta = { assignedOrganisationId: null, charLimit: null };

/**
 * The metadata of one section. A missing or malformed field reads as null (no partner, no
 * limit) field by field, so one bad value written by a client hides nothing else.
 */
export function readSectionMeta(doc: Y.Doc, sectionKey: string): SectionMeta {
  const map = documentSections(doc).get(sectionKey);
  if (!(map instanceof Y.Map)) return { ...NO_SECTION_META };
  const assignee = SectionMetaSchema.shape.assignedOrganisationId.safeParse(
    map.get("assignedOrganisationId"),
  );
  const limit = SectionMetaSchema.shape.charLimit.safeParse(map.get("charLimit"));
  return {
    assignedOrganisationId: assignee.success ? assignee.data : null,
    charLimit: limit.success ? limit.data : null,
  };
}

/** The metadata of every section the document has, keyed by section key. */
export function readAllSectionMeta(doc: Y.Doc): Record<string, SectionMeta> {
  const result: Record<string, SectionMeta> = {};
  for (const key of [...documentSections(doc).keys()].sort()) {
    result[key] = readSectionMeta(doc, key);
  }
  return result;
}

/**
 * The nested map of a section, created if missing. Creation is for the document's creator: two
 * clients creating the same section map at once would keep only one of them.
 */
function sectionMap(doc: Y.Doc, sectionKey: string): YRecord {
  const sections = documentSections(doc);
  const existing = sections.get(sectionKey);
  if (existing instanceof Y.Map) return existing;
  const created = new Y.Map<unknown>();
  sections.set(sectionKey, created);
  return created;
}

/** Writes one section's metadata fields, validated; fields left out are not touched. */
export function writeSectionMeta(
  doc: Y.Doc,
  sectionKey: string,
  patch: Partial<SectionMeta>,
): void {
  const valid = SectionMetaSchema.partial().parse(patch);
  doc.transact(() => {
    const map = sectionMap(doc, sectionKey);
    for (const [field, value] of Object.entries(valid)) {
      if (value !== undefined && map.get(field) !== value) map.set(field, value);
    }
  });
}

/** Assigns a section to the partner organisation that writes it (null: nobody in particular). */
export function assignSection(doc: Y.Doc, sectionKey: string, organisationId: string | null) {
  writeSectionMeta(doc, sectionKey, { assignedOrganisationId: organisationId });
}

/** Sets the "max N caratteri" of a section (null: no limit). */
export function setSectionCharLimit(doc: Y.Doc, sectionKey: string, charLimit: number | null) {
  writeSectionMeta(doc, sectionKey, { charLimit });
}

/** The nested map of a structured block, or undefined when the id is unknown or malformed. */
export function blockMap(doc: Y.Doc, blockId: string): YRecord | undefined {
  const value = documentBlocks(doc).get(blockId);
  return value instanceof Y.Map ? value : undefined;
}

/**
 * Adds a structured block's map with its initial fields (rows arrays included). Block ids are
 * fresh per block, so two people adding blocks never write the same key.
 */
export function insertBlock(doc: Y.Doc, blockId: string, fields: Record<string, unknown>): YRecord {
  const blocks = documentBlocks(doc);
  if (blocks.has(blockId)) throw new Error(`block "${blockId}" already exists`);
  const block = new Y.Map<unknown>(Object.entries(fields));
  blocks.set(blockId, block);
  return block;
}

/** Refuses to write one kind of block's rows into another kind of block. */
export function requireBlockType(block: YRecord, type: string): void {
  const actual = block.get("type");
  if (actual !== type) throw new Error(`expected a ${type} block, found ${String(actual)}`);
}

/** Runs `change` as one transaction of the block's document: one update, one undo step. */
export function transactBlock(block: YRecord, change: () => void): void {
  if (!block.doc) throw new Error("block is not part of a document");
  block.doc.transact(change);
}
