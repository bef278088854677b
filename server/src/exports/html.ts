import { escapeXml, ORGANISATION_TYPE_LABELS } from "@tavolo/shared";
import { italianDate } from "./format.ts";
import { type ExportBlock, type ExportDocument, footerLine } from "./model.ts";

function block(b: ExportBlock): string {
  if (b.kind === "heading") return `<h3>${escapeXml(b.text)}</h3>`;
  if (b.kind === "bullet") return `<p class="item">${escapeXml(b.text)}</p>`;
  if (b.kind === "paragraph") return `<p>${escapeXml(b.text).replace(/\n/g, "<br>")}</p>`;
  const t = b.table;
  const row = (cells: string[], tag: string) =>
    `<tr>${cells.map((c) => `<${tag}>${escapeXml(c)}</${tag}>`).join("")}</tr>`;
  return [
    `<table${t.grid ? ' class="grid"' : ""}><caption>${escapeXml(t.caption)}</caption>`,
    `<thead>${row(t.columns, "th")}</thead>`,
    `<tbody>${t.rows.map((r) => row(r, "td")).join("")}</tbody>`,
    t.footer ? `<tfoot>${row(t.footer, "th")}</tfoot>` : "",
    "</table>",
  ].join("");
}

const STYLE = `body{font-family:"Titillium Web",sans-serif;max-width:50rem;margin:2rem auto;color:#1a1a1a}
table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #999;padding:.25rem;text-align:left}
caption{font-weight:bold;text-align:left}.draft{color:#a00;font-weight:bold;font-size:1.5rem}
code{word-break:break-all}footer{border-top:1px solid #999;margin-top:2rem;font-size:.8rem}`;

/** The document as one standalone HTML page (no scripts, no external resources). */
export function toHtml(d: ExportDocument): string {
  const organisations = d.organisations
    .map((o) => `<li>${escapeXml(o.name)} — ${ORGANISATION_TYPE_LABELS[o.type].it}, ${o.role}</li>`)
    .join("");
  const approvals = d.approvals
    .map((a) => `<li>${escapeXml(a.organisation)}: ${escapeXml(a.answer)}</li>`)
    .join("");
  return `<!doctype html>
<html lang="it"><head><meta charset="utf-8"><title>${escapeXml(d.title)}</title><style>${STYLE}</style></head>
<body>
<header>${d.draft ? '<p class="draft">BOZZA</p>' : ""}<h1>${escapeXml(d.title)}</h1>
<p><strong>${escapeXml(d.versionLine)}</strong></p>
<dl><dt>Procedura</dt><dd>${escapeXml(d.procedureTitle)} (${escapeXml(d.legalBasis)})</dd>
<dt>Amministrazione</dt><dd>${escapeXml(d.amministrazione)}</dd>
<dt>Data</dt><dd>${escapeXml(italianDate(d.date))}</dd>
<dt>Impronta SHA-256</dt><dd><code>${d.hash}</code></dd>${d.verifyUrl ? `<dt>Verifica</dt><dd>${escapeXml(d.verifyUrl)}</dd>` : ""}</dl>
<h2>Enti</h2><ul>${organisations}</ul>
${approvals ? `<h2>Approvazioni</h2><ul>${approvals}</ul>` : ""}
</header>
<main>${d.sections.map((s) => `<section><h2>${escapeXml(s.title)}</h2>${s.blocks.map(block).join("")}</section>`).join("\n")}</main>
<footer>${escapeXml(footerLine(d))}</footer>
</body></html>
`;
}
