import { escapeXml, ORGANISATION_TYPE_LABELS } from "@tavolo/shared";
import { AGREED_LINE, coverFacts } from "./cover-facts.ts";
import {
  type ExportBlock,
  type ExportCell,
  type ExportDocument,
  type ExportRun,
  type ExportTable,
  footerLine,
} from "./model.ts";

/** One run: escaped text, line breaks, its marks as elements, a link as an anchor. */
function run(r: ExportRun): string {
  let html = escapeXml(r.text).replace(/\n/g, "<br>");
  if (r.marks.italic) html = `<em>${html}</em>`;
  if (r.marks.bold) html = `<strong>${html}</strong>`;
  if (r.marks.underline) html = `<u>${html}</u>`;
  if (r.marks.strike) html = `<s>${html}</s>`;
  return r.link ? `<a href="${escapeXml(r.link)}">${html}</a>` : html;
}

const runs = (cell: ExportCell) => cell.map(run).join("");

function table(t: ExportTable): string {
  const row = (cells: ExportCell[], tag: string, scope = "") =>
    `<tr>${cells.map((c) => `<${tag}${scope}>${runs(c)}</${tag}>`).join("")}</tr>`;
  return [
    `<table${t.grid ? ' class="grid"' : ""}><caption>${escapeXml(t.caption)}</caption>`,
    `<thead>${row(t.columns, "th", ' scope="col"')}</thead>`,
    `<tbody>${t.rows.map((r) => row(r, "td")).join("")}</tbody>`,
    t.footer ? `<tfoot>${row(t.footer, "td")}</tfoot>` : "",
    "</table>",
  ].join("");
}

function block(b: ExportBlock): string {
  switch (b.kind) {
    case "heading":
      return `<h${b.level}>${runs(b.runs)}</h${b.level}>`;
    case "paragraph":
      return `<p>${runs(b.runs)}</p>`;
    case "list": {
      const items = b.items.map((item) => `<li>${item.map(block).join("")}</li>`).join("");
      const start = b.ordered && b.start !== 1 ? ` start="${b.start}"` : "";
      return b.ordered ? `<ol${start}>${items}</ol>` : `<ul>${items}</ul>`;
    }
    case "quote":
      return `<blockquote>${b.blocks.map(block).join("")}</blockquote>`;
    case "rule":
      return "<hr>";
    case "table":
      return table(b.table);
  }
}

const STYLE = `body{font-family:"Titillium Web",sans-serif;max-width:50rem;margin:2rem auto;color:#1a1a1a}
table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #999;padding:.25rem;text-align:left}
tfoot td{font-weight:bold}caption{font-weight:bold;text-align:left}.draft{color:#a00;font-weight:bold;font-size:1.5rem}
blockquote{border-left:3px solid #0066cc;margin-left:0;padding-left:1rem}
code{word-break:break-all}footer{border-top:1px solid #999;margin-top:2rem;font-size:.8rem}`;

/** The document as one standalone HTML page (no scripts, no external resources). */
export function toHtml(d: ExportDocument): string {
  const organisations = d.organisations
    .map((o) => `<li>${escapeXml(o.name)} — ${ORGANISATION_TYPE_LABELS[o.type].it}, ${o.role}</li>`)
    .join("");
  const approvals = d.approvals
    .map((a) => `<li>${escapeXml(a.organisation)}: ${escapeXml(a.answer)}</li>`)
    .join("");
  const facts = coverFacts(d)
    .map((f) => {
      const value = /^[0-9a-f]{64}$/.test(f.value) ? `<code>${f.value}</code>` : escapeXml(f.value);
      return `<dt>${escapeXml(f.label)}</dt><dd>${value}</dd>`;
    })
    .join("\n");
  return `<!doctype html>
<html lang="it"><head><meta charset="utf-8"><title>${escapeXml(d.title)}</title><style>${STYLE}</style></head>
<body>
<header>${d.draft ? '<p class="draft">BOZZA</p>' : ""}<h1>${escapeXml(d.title)}</h1>
<p><strong>${escapeXml(d.versionLine)}</strong></p>
${d.agreed ? `<p><strong>${AGREED_LINE}</strong></p>` : ""}
<dl>${facts}</dl>
<h2>Enti</h2><ul>${organisations}</ul>
${approvals ? `<h2>Approvazioni</h2><ul>${approvals}</ul>` : ""}
</header>
<main>${d.sections.map((s) => `<section><h2>${escapeXml(s.title)}</h2>${s.blocks.map(block).join("")}</section>`).join("\n")}</main>
<footer>${escapeXml(footerLine(d))}</footer>
</body></html>
`;
}
