/**
 * What Word (and Outlook) put around pasted text that is not text: conditional comments, the
 * fake bullets and numbers of its lists (inside `<![if !supportLists]>`), Office namespaces'
 * empty tags (`<o:p>`), style sheets and XML islands. The editor's schema then drops the
 * remaining styles and classes, keeping what it knows: paragraphs, headings, lists, bold,
 * italic, underline, links, tables.
 */
const OFFICE_JUNK: readonly RegExp[] = [
  /<!--\[if[\s\S]*?<!\[endif\]-->/gi,
  /<!\[if !supportLists\]>[\s\S]*?<!\[endif\]>/gi,
  /<!\[if[^\]]*\]>|<!\[endif\]>/gi,
  /<style[\s\S]*?<\/style>/gi,
  /<xml[\s\S]*?<\/xml>/gi,
  /<\/?o:p[^>]*>/gi,
  /<!--[\s\S]*?-->/g,
];

/** Pasted HTML without Office's non-text parts (see OFFICE_JUNK). */
export function cleanPastedHtml(html: string): string {
  return OFFICE_JUNK.reduce((text, pattern) => text.replace(pattern, ""), html);
}
