// `npm run bench:exports`: how long exporting a ~30-page proposal takes in each format.
// Figures are medians over rounds, with each format's time as a ratio to the Markdown export of
// the same document in the same process (the cheapest rendering: text only, no layout).
import { toDocx } from "../../src/exports/docx.ts";
import { toHtml } from "../../src/exports/html.ts";
import { toMarkdown } from "../../src/exports/markdown.ts";
import { toOdt } from "../../src/exports/odt.ts";
import { toPdf } from "../../src/exports/pdf.ts";
import { sampleProposal } from "./sample-proposal.ts";

const rounds = Number(process.argv[2] ?? 7);
const document = sampleProposal();

const formats: Record<string, () => Promise<Uint8Array | string>> = {
  md: async () => toMarkdown(document),
  html: async () => toHtml(document),
  pdf: () => toPdf(document),
  docx: () => toDocx(document),
  odt: async () => toOdt(document),
};

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function timeFormat(render: () => Promise<Uint8Array | string>) {
  await render(); // warm-up: module init and JIT
  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    const output = await render();
    times.push(performance.now() - started);
    size = typeof output === "string" ? Buffer.byteLength(output) : output.byteLength;
  }
  return { ms: median(times), size };
}

const results = new Map<string, { ms: number; size: number }>();
for (const [name, render] of Object.entries(formats)) results.set(name, await timeFormat(render));

const pdf = Buffer.from(await toPdf(document)).toString("latin1");
const pages = (pdf.match(/\/Type \/Page\b/g) ?? []).length;
const baseline = results.get("md")?.ms ?? 1;
console.log(
  `Export of a ${pages}-page proposal, median of ${rounds} rounds, Node ${process.version}\n`,
);
console.log("| format | median ms | × Markdown | bytes |\n| --- | ---: | ---: | ---: |");
for (const [name, { ms, size }] of results) {
  console.log(`| ${name} | ${ms.toFixed(1)} | ${(ms / baseline).toFixed(1)}× | ${size} |`);
}
