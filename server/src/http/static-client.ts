import { existsSync } from "node:fs";
import path from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";

/** Serves the built client, answering unknown paths with index.html for client-side routes. */
export function staticClient(distDir: string): Hono {
  const app = new Hono();
  if (!existsSync(path.join(distDir, "index.html"))) {
    return app.get("*", (c) =>
      c.text("Tavolo's client is not built yet: run `npm run build` (npm start does it).", 503),
    );
  }
  const root = path.relative(process.cwd(), distDir) || ".";
  app.use("/assets/*", async (c, next) => {
    await next();
    c.header("Cache-Control", "public, max-age=31536000, immutable");
  });
  // Browsers asking for br or gzip get the .br/.gz files written by client/build/precompress.ts.
  app.use("*", serveStatic({ root, precompressed: true }));
  app.get("*", serveStatic({ root, path: "index.html", precompressed: true }));
  return app;
}
