// `npm run dev`: the Tavolo server on PORT, and Vite with hot reload in front of it. Vite's
// dev server proxies /api and /sync to PORT (see vite.config.ts), so the app behaves as built.
import path from "node:path";
import { createServer } from "vite";
import { loadConfig } from "./config.ts";
import { createLogger } from "./logger.ts";
import { startServer } from "./server.ts";

const config = loadConfig();
const log = createLogger(config.LOG_LEVEL);
const server = await startServer(config, log);
process.env.PORT = String(server.port);

const vite = await createServer({
  configFile: path.resolve(import.meta.dirname, "../../vite.config.ts"),
});
await vite.listen();
vite.printUrls();

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    void Promise.all([vite.close(), server.close()]).then(() => process.exit(0));
  });
}
