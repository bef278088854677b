import { toDocx } from "./docx.ts";
import { toHtml } from "./html.ts";
import { toMarkdown } from "./markdown.ts";
import type { ExportDocument } from "./model.ts";
import { toOdt } from "./odt.ts";
import { toPdf } from "./pdf.ts";
import { xmlSafeDocument } from "./xml-safe.ts";

export const EXPORT_FORMATS = ["pdf", "docx", "odt", "md", "html"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  odt: "application/vnd.oasis.opendocument.text",
  md: "text/markdown; charset=utf-8",
  html: "text/html; charset=utf-8",
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** The document's bytes in one format; the same document always gives the same bytes. */
export async function render(document: ExportDocument, format: ExportFormat): Promise<Uint8Array> {
  const d = xmlSafeDocument(document);
  if (format === "pdf") return toPdf(d);
  if (format === "docx") return toDocx(d);
  if (format === "odt") return toOdt(d);
  const text = format === "md" ? toMarkdown(d) : toHtml(d);
  return new TextEncoder().encode(text);
}
