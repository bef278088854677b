// `npm run bench:diff`: the server's event-loop delay while it compares two long versions.
// A Tavolo server runs in this process (as in the integration tests), so `monitorEventLoopDelay`
// sees the very loop that serves every room and request. Two versions of a proposal differ in
// every one of their 3,000 lines; the diff is asked over the API `rounds` times, one after the
// other. For reference, the same diff is then computed on the event loop, as Tavolo did before.
// An idle row gives the machine's own noise over the same time. Exits 1 when the p99 delay
// during the API diffs reaches 50 ms (the max is printed too: on a loaded machine the OS alone
// can pause a process that long, as the idle row shows).
import { monitorEventLoopDelay } from "node:perf_hooks";
import { type CanonicalDocument, type DocumentVersion, diffDocuments } from "@tavolo/shared";
import { connectClient, whenSynced } from "../../test/helpers/clients.ts";
import { startTestServer } from "../../test/helpers/in-process-server.ts";
import {
  createProposal,
  firstParagraph,
  freeze,
  serverHasDraftOf,
} from "../../test/helpers/versions.ts";
import { Workspace } from "../../test/helpers/workspace.ts";

const LINES = Number(process.env.BENCH_DIFF_LINES ?? 3000);
const rounds = Number(process.argv[2] ?? 5);
const LIMIT_MS = 50;

const server = await startTestServer();
const workspace = await Workspace.create(server.url, "Giulia Rossi");
const room = await createProposal(workspace);
const client = connectClient(server.wsUrl, room.id, await workspace.tokenParams(room.id));
await whenSynced(client);

async function version(label: string, line: (i: number) => string): Promise<DocumentVersion> {
  const paragraph = firstParagraph(client.doc);
  const text = Array.from({ length: LINES }, (_, i) => line(i)).join("\n");
  client.doc.transact(() => {
    paragraph.delete(0, paragraph.length);
    paragraph.insert(0, text);
  });
  await serverHasDraftOf(workspace, room.id, client.doc);
  return freeze(workspace, room.id, { label });
}

const first = await version("Uno", (i) => `Riga ${i}: il Comune mette a disposizione due alloggi`);
const second = await version("Due", (i) => `Riga ${i}: la cooperativa gestisce tre alloggi`);
const path = `/api/versions/${first.id}/diff?to=${second.id}`;
/** The diff's body as bytes: decoding or parsing megabytes here would load the loop measured. */
async function askDiff(): Promise<Buffer> {
  const headers = { cookie: workspace.api.cookieHeader };
  const response = await fetch(`${server.url}${path}`, { headers });
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200 || body.indexOf('"status":"changed"') < 0) {
    throw new Error(`the diff failed: ${response.status} ${body.subarray(0, 200).toString()}`);
  }
  return body;
}
await askDiff(); // warm-up: the worker starts, JIT

const ms = (ns: number) => ns / 1e6;

interface Loop {
  /** Wall time of the whole run, per round. */
  perRound: number;
  p50: number;
  p99: number;
  max: number;
}

/** Runs `round` `rounds` times, watching the event loop's delay meanwhile. */
async function watch(round: () => Promise<unknown>): Promise<Loop> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  const started = performance.now();
  delay.enable();
  for (let i = 0; i < rounds; i++) await round();
  delay.disable();
  return {
    perRound: (performance.now() - started) / rounds,
    p50: ms(delay.percentile(50)),
    p99: ms(delay.percentile(99)),
    max: ms(delay.max),
  };
}

const api = await watch(askDiff);
const idle = await watch(() => new Promise((resolve) => setTimeout(resolve, api.perRound)));
const parse = (v: DocumentVersion) => JSON.parse(v.canonical) as CanonicalDocument;
const inline = await watch(async () => {
  diffDocuments(parse(first), parse(second));
  await new Promise((resolve) => setImmediate(resolve));
});
client.destroy();
await server.close();

const row = (name: string, loop: Loop) =>
  `| ${name} | ${loop.perRound.toFixed(0)} | ${loop.p50.toFixed(1)} | ${loop.p99.toFixed(1)} | ` +
  `${loop.max.toFixed(1)} |`;
console.log(`Version diff of ${LINES} changed lines, ${rounds} rounds, Node ${process.version}\n`);
console.log("| where the diff runs | ms per diff | loop delay p50 ms | p99 | max |");
console.log("| --- | ---: | ---: | ---: | ---: |");
console.log(row("API (worker thread)", api));
console.log(row("nothing (idle: the machine's noise)", idle));
console.log(row("on the event loop (as before)", inline));
const ok = api.p99 < LIMIT_MS;
const verdict = ok ? "ok" : "TOO HIGH";
console.log(
  `\np99 loop delay during API diffs: ${api.p99.toFixed(1)} ms (limit ${LIMIT_MS}): ${verdict}`,
);
process.exit(ok ? 0 : 1);
