// `npm run bench:backup`: how long `npm run backup` and `npm run restore` take on a DATA_DIR of
// ROOMS rooms (each a log of UPDATES Yjs updates of about 1 KiB, half of them compacted) and
// PEOPLE people, against `cp -a` of the same folder in the same run, rounds alternating.
// The commands run as an operator runs them (a new process each, startup included); their
// extra cost over `cp -a` is reading every file back (the durable write) and the verification.
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pino from "pino";
import * as Y from "yjs";
import { Database } from "../../src/db/database.ts";
import { FileDocStore } from "../../src/storage/file-doc-store.ts";

const run = promisify(execFile);
const ROOMS = Number(process.env.BENCH_BACKUP_ROOMS ?? 200);
const UPDATES = Number(process.env.BENCH_BACKUP_UPDATES ?? 100);
const PEOPLE = Number(process.env.BENCH_BACKUP_PEOPLE ?? 2000);
const rounds = Number(process.argv[2] ?? 3);
const COMMANDS = path.resolve(import.meta.dirname, "../../src/backup");

async function sampleDataDir(dir: string): Promise<void> {
  const db = await Database.open(dir);
  await db.change((data) => {
    for (let i = 0; i < PEOPLE; i++) {
      data.people[`p${i}`] = { id: `p${i}`, displayName: `Persona ${i}`, createdAt: "2026-12-01" };
    }
  });
  await db.close();
  const store = new FileDocStore(path.join(dir, "rooms"), pino({ level: "silent" }));
  for (let r = 0; r < ROOMS; r++) {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on("update", (update: Uint8Array) => updates.push(update));
    for (let u = 0; u < UPDATES; u++) doc.getText("t").insert(0, `${u} `.padEnd(1000, "x"));
    const log = await store.open(`stanza-${r}`);
    await log.append(updates);
    if (r % 2 === 0) await log.replace(Y.encodeStateAsUpdate(doc));
    await log.close();
  }
}

async function timed(command: string, args: string[], env = {}): Promise<number> {
  const started = performance.now();
  await run(command, args, { env: { ...process.env, ...env } });
  return performance.now() - started;
}

/** The command's own start (Node, tsx, the server's modules): it stops at its usage line. */
async function startup(): Promise<number> {
  const started = performance.now();
  const script = path.join(COMMANDS, "backup-command.ts");
  await run(process.execPath, ["--import", "tsx", script]).catch(() => undefined); // exit code 1
  return performance.now() - started;
}

const work = await mkdtemp(path.join(tmpdir(), "tavolo-bench-backup-"));
const dataDir = path.join(work, "data");
await sampleDataDir(dataDir);
const { stdout: size } = await run("du", ["-sh", dataDir]);
const rows: { cp: number; start: number; backup: number; restore: number }[] = [];
for (let round = 0; round < rounds; round++) {
  const cp = await timed("cp", ["-a", dataDir, path.join(work, `cp-${round}`)]);
  const start = await startup();
  const backup = await timed(
    process.execPath,
    ["--import", "tsx", path.join(COMMANDS, "backup-command.ts"), path.join(work, `b-${round}`)],
    { DATA_DIR: dataDir },
  );
  const restore = await timed(
    process.execPath,
    ["--import", "tsx", path.join(COMMANDS, "restore-command.ts"), path.join(work, `b-${round}`)],
    { DATA_DIR: path.join(work, `r-${round}`) },
  );
  rows.push({ cp, start, backup, restore });
}
await rm(work, { recursive: true, force: true });

const median = (values: number[]) =>
  values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const cp = median(rows.map((row) => row.cp));
const backup = median(rows.map((row) => row.backup));
const restore = median(rows.map((row) => row.restore));
const start = median(rows.map((row) => row.start));
console.log(
  `DATA_DIR ${size.split("\t")[0]} (${ROOMS} rooms, ${PEOPLE} people), ${rounds} rounds, load ${loadavg()[0]?.toFixed(1)}`,
);
console.log(`cp -a    median ${cp.toFixed(0)} ms`);
console.log(`start    median ${start.toFixed(0)} ms  (the command printing its usage)`);
console.log(`backup   median ${backup.toFixed(0)} ms  (${(backup / cp).toFixed(1)}x cp -a)`);
console.log(`restore  median ${restore.toFixed(0)} ms  (${(restore / cp).toFixed(1)}x cp -a)`);
