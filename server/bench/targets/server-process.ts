import { type ChildProcess, spawn } from "node:child_process";
import { openSync } from "node:fs";
import { createServer, Socket } from "node:net";
import path from "node:path";

const GC_ON_SIGNAL = path.resolve(import.meta.dirname, "../servers/gc-on-signal.ts");

export interface ServerProcess {
  pid: number;
  port: number;
  child: ChildProcess;
  exited: Promise<number | NodeJS.Signals>;
  /** Asks the server for a full garbage collection, so RSS figures do not depend on GC timing. */
  collectGarbage(): Promise<void>;
  /** SIGTERM, then SIGKILL if it has not exited after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
  kill(): Promise<void>;
}

export interface SpawnOptions {
  entry: string;
  env: Record<string, string>;
  port?: number;
  /** Directory for a V8 CPU profile (`--cpu-prof`), when profiling. */
  cpuProfDir?: string;
}

/**
 * Runs one server in its own Node process, under the same flags for every target: tsx as the
 * loader, `--expose-gc` with a SIGUSR2 handler that collects garbage. Ready once the port accepts.
 */
export async function spawnServer(options: SpawnOptions): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const profiling = options.cpuProfDir
    ? ["--cpu-prof", `--cpu-prof-dir=${options.cpuProfDir}`]
    : [];
  const args = [...profiling, "--expose-gc", "--import", "tsx", "--import", GC_ON_SIGNAL];
  // BENCH_SERVER_LOGS=dir keeps each server's stdout (e.g. Tavolo's JSON logs) for debugging.
  const logs = process.env.BENCH_SERVER_LOGS;
  const stdout = logs
    ? openSync(path.join(logs, `${path.basename(options.entry)}-${port}.log`), "a")
    : "ignore";
  const child = spawn(process.execPath, [...args, options.entry], {
    env: { ...process.env, ...options.env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", stdout, "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<number | NodeJS.Signals>((resolve) =>
    child.once("exit", (code, signal) => resolve(signal ?? code ?? 0)),
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${options.entry}`);
  // A server that never listens is not left running to weigh on the next rounds.
  await waitForPort(port, exited, () => stderr).catch((error: unknown) => {
    child.kill("SIGKILL");
    throw error;
  });
  const signal = async (name: NodeJS.Signals, graceMs: number) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(name);
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    await exited;
    clearTimeout(timer);
  };
  return {
    pid,
    port,
    child,
    exited,
    async collectGarbage() {
      child.kill("SIGUSR2");
      await sleep(300);
    },
    stop: (graceMs = 10_000) => signal("SIGTERM", graceMs),
    kill: () => signal("SIGKILL", 0),
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(
  port: number,
  exited: Promise<unknown>,
  stderr: () => string,
): Promise<void> {
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  const deadline = Date.now() + 30_000;
  while (!(await accepts(port))) {
    if (gone) throw new Error(`server exited before listening: ${stderr()}`);
    if (Date.now() > deadline) throw new Error(`server did not listen on ${port}: ${stderr()}`);
    await sleep(25);
  }
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
    socket.connect(port, "127.0.0.1");
  });
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
