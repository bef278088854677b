import { rm } from "node:fs/promises";
import pino from "pino";
import { loadConfig } from "../../src/config.ts";
import { type RunningServer, startServer } from "../../src/server.ts";
import { TEST_RATE_LIMITS, TEST_SIGNUP, tempDataDir } from "./server-process.ts";

export interface TestServer extends RunningServer {
  wsUrl: string;
  dataDir: string;
}

/** Starts Tavolo in this process on an ephemeral loopback port with a fresh data folder. */
export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const dataDir = env.DATA_DIR ?? (await tempDataDir());
  const config = loadConfig({
    HOST: "127.0.0.1",
    PORT: "0",
    DATA_DIR: dataDir,
    ...TEST_RATE_LIMITS,
    ...TEST_SIGNUP,
    ...env,
  });
  const server = await startServer(config, pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" }));
  return {
    ...server,
    wsUrl: `ws://127.0.0.1:${server.port}/sync`,
    dataDir,
    async close() {
      await server.close();
      if (!env.DATA_DIR) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
