import { ORGANISATION_TYPE_LABELS } from "@tavolo/shared";
import { italianDate } from "./format.ts";
import { type ExportBlock, type ExportDocument, footerLine } from "./model.ts";

const esc = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function block(b: ExportBlock): string {
  if (b.kind === "heading") return `<h3>${esc(b.text)}</h3>`;
  if (b.kind === "bullet") return `<p class="item">${esc(b.text)}</p>`;
  if (b.kind === "paragraph") return `<p>${esc(b.text).replace(/\n/g, "<br>")}</p>`;
  const t = b.table;
  const row = (cells: string[], tag: string) =>
    `<tr>${cells.map((c) => `<${tag}>${esc(c)}</${tag}>`).join("")}</tr>`;
  return [
    `<table${t.grid ? ' class="grid"' : ""}><caption>${esc(t.caption)}</caption>`,
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
    .map((o) => `<li>${esc(o.name)} — ${ORGANISATION_TYPE_LABELS[o.type].it}, ${o.role}</li>`)
    .join("");
  const approvals = d.approvals
    .map((a) => `<li>${esc(a.organisation)}: ${esc(a.answer)}</li>`)
    .join("");
  return `<!doctype html>
<html lang="it"><head><meta charset="utf-8"><title>${esc(d.title)}</title><style>${STYLE}</style></head>
<body>
<header>${d.draft ? '<p class="draft">BOZZA</p>' : ""}<h1>${esc(d.title)}</h1>
<p><strong>${esc(d.versionLine)}</strong></p>
<dl><dt>Procedura</dt><dd>${esc(d.procedureTitle)} (${esc(d.legalBasis)})</dd>
<dt>Amministrazione</dt><dd>${esc(d.amministrazione)}</dd>
<dt>Data</dt><dd>${esc(italianDate(d.date))}</dd>
<dt>Impronta SHA-256</dt><dd><code>${d.hash}</code></dd></dl>
<h2>Enti</h2><ul>${organisations}</ul>
${approvals ? `<h2>Approvazioni</h2><ul>${approvals}</ul>` : ""}
</header>
<main>${d.sections.map((s) => `<section><h2>${esc(s.title)}</h2>${s.blocks.map(block).join("")}</section>`).join("\n")}</main>
<footer>${esc(footerLine(d))}</footer>
</body></html>
`;
}
