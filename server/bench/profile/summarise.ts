import { readFile } from "node:fs/promises";
import path from "node:path";

/**
 * Summarises a V8 .cpuprofile (`--cpu-prof`): self time by function and by file or package,
 * and inclusive time of the functions named on the command line, as shares of the busy time.
 *
 *   node --import tsx server/bench/profile/summarise.ts FILE.cpuprofile [--top=30] [fn ...]
 */
interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const IDLE = new Set(["(idle)", "(program)"]);

function where(url: string): string {
  const modules = url.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const rest = url.slice(modules + "node_modules/".length).split("/");
    return rest[0]?.startsWith("@") ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url);
  }
  if (url.startsWith("node:")) return url;
  return url === "" ? "(native)" : path.relative(process.cwd(), url.replace("file://", ""));
}

function label(frame: CallFrame): string {
  return `${frame.functionName || "(anonymous)"} ${where(frame.url)}:${frame.lineNumber + 1}`;
}

/** Microseconds of samples per node id (the time delta of a sample is charged to its node). */
function selfTimes(profile: Profile): Map<number, number> {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  return self;
}

function table(rows: Map<string, number>, total: number, top: number): string {
  return [...rows]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(
      ([name, us]) =>
        `${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${name}`,
    )
    .join("\n");
}

const [file, ...rest] = process.argv.slice(2);
if (!file) throw new Error("usage: summarise.ts FILE.cpuprofile [--top=N] [function ...]");
const top = Number(rest.find((arg) => arg.startsWith("--top="))?.slice(6) ?? 30);
const wanted = rest.filter((arg) => !arg.startsWith("--"));
const profile = JSON.parse(await readFile(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = selfTimes(profile);

let busy = 0;
let idle = 0;
const byFunction = new Map<string, number>();
const byFile = new Map<string, number>();
for (const [id, us] of self) {
  const frame = byId.get(id)?.callFrame;
  if (!frame) continue;
  if (IDLE.has(frame.functionName) && frame.functionName === "(idle)") {
    idle += us;
    continue;
  }
  busy += us;
  byFunction.set(label(frame), (byFunction.get(label(frame)) ?? 0) + us);
  const place = frame.url ? where(frame.url) : frame.functionName;
  byFile.set(place, (byFile.get(place) ?? 0) + us);
}

/** Inclusive time of a function: its nodes' subtrees, not counted twice under recursion. */
function inclusive(name: string): number {
  let sum = 0;
  const walk = (id: number, inside: boolean): number => {
    const node = byId.get(id);
    if (!node) return 0;
    const matches = node.callFrame.functionName === name;
    let subtree = self.get(id) ?? 0;
    for (const child of node.children ?? []) subtree += walk(child, inside || matches);
    if (matches && !inside) sum += subtree;
    return subtree;
  };
  walk(profile.nodes[0]?.id ?? 1, false);
  return sum;
}

console.log(`${file}\nbusy ${(busy / 1000).toFixed(0)} ms, idle ${(idle / 1000).toFixed(0)} ms\n`);
console.log(`self time by file or package (share of busy time)\n${table(byFile, busy, top)}\n`);
console.log(`self time by function\n${table(byFunction, busy, top)}\n`);
if (wanted.length > 0) {
  const rows = new Map(wanted.map((name) => [name, inclusive(name)]));
  console.log(`inclusive time\n${table(rows, busy, wanted.length)}`);
}
