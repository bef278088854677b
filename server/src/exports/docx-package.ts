import type { PackageEntry } from "./zip.ts";

/**
 * docx names each hyperlink's relationship with a random id: renamed "rIdLink1", "rIdLink2"...
 * in the order the document uses them, so that the same document gives the same bytes.
 */
export function stableRelationshipIds(entries: PackageEntry[]): PackageEntry[] {
  const decode = (entry: PackageEntry) => new TextDecoder().decode(entry.data);
  const document = entries.find((e) => e.path === "word/document.xml");
  if (!document) return entries;
  const ids = new Map<string, string>();
  for (const [, id] of decode(document).matchAll(/r:id="([^"]+)"/g)) {
    if (id && !/^rId\d+$/.test(id) && !ids.has(id)) ids.set(id, `rIdLink${ids.size + 1}`);
  }
  if (ids.size === 0) return entries;
  const pattern = new RegExp(
    `"(${[...ids.keys()].map((id) => id.replace(/[^\w]/g, "\\$&")).join("|")})"`,
    "g",
  );
  return entries.map((entry) =>
    entry.path === "word/document.xml" || entry.path === "word/_rels/document.xml.rels"
      ? {
          ...entry,
          data: new TextEncoder().encode(
            decode(entry).replace(pattern, (_, id: string) => `"${ids.get(id) ?? id}"`),
          ),
        }
      : entry,
  );
}

/** docx writes "now" into core.xml; a version's file carries its freeze time instead. */
export function fixCoreDates(xml: string, date: Date): string {
  const stamp = `${date.toISOString().slice(0, 19)}Z`;
  return xml.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*/g, `$1${stamp}`);
}
