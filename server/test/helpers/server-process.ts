import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";

const MAIN = path.resolve(import.meta.dirname, "../../src/main.ts");

export interface ServerProcess {
  port: number;
  url: string;
  dataDir: string;
  wsUrl: string;
  child: ChildProcess;
  /** JSON log lines the server printed so far. */
  logs: Record<string, unknown>[];
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<number | NodeJS.Signals>;
}

/**
 * Rate limits for test servers, which sign many people in from one address in seconds; tests
 * of the limits themselves pass their own. Production keeps the defaults in config.ts.
 */
export const TEST_RATE_LIMITS = {
  RATE_LIMIT_SIGN_IN: "100000",
  RATE_LIMIT_ANONYMOUS: "100000",
} as const;

/**
 * Test servers let anyone start a session and create procedures, as most tests do; the tests of
 * the sign-up policy itself pass `SIGNUP_POLICY=invited`.
 */
export const TEST_SIGNUP = { SIGNUP_POLICY: "open" } as const;

export const tempDataDir = () => mkdtemp(path.join(tmpdir(), "tavolo-it-"));

/** Starts Tavolo as a child process (so it can be SIGKILLed) and waits until it listens. */
export async function spawnServer(options: {
  dataDir: string;
  port?: number;
  env?: Record<string, string>;
}): Promise<ServerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", MAIN], {
    env: {
      ...process.env,
      PORT: String(options.port ?? 0),
      HOST: "127.0.0.1",
      DATA_DIR: options.dataDir,
      LOG_LEVEL: "info",
      ...TEST_RATE_LIMITS,
      ...TEST_SIGNUP,
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: Record<string, unknown>[] = [];
  const exited = new Promise<number | NodeJS.Signals>((resolve) =>
    child.once("exit", (code, signal) => resolve(signal ?? code ?? 0)),
  );
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const port = await new Promise<number>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on("line", (line) => {
      try {
        const entry = JSON.parse(line) as Record<string, unknown>;
        logs.push(entry);
        if (entry.msg === "Tavolo is listening") resolve(entry.port as number);
      } catch {
        // not a log line
      }
    });
    void exited.then((code) =>
      reject(new Error(`server exited (${code}) before listening: ${stderr}`)),
    );
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    port,
    url,
    dataDir: options.dataDir,
    wsUrl: `ws://127.0.0.1:${port}/sync`,
    child,
    logs,
    exited,
  };
}
