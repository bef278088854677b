import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { get as httpGet, type IncomingHttpHeaders } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { precompressDir } from "../../client/build/precompress.ts";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";

const CSS = Array.from(
  { length: 2000 },
  (_, i) => `.nota-${i}{color:#0066cc;margin:${i % 7}px;padding:0 ${i % 5}px}`,
).join("\n");
const HTML = `<!doctype html><html lang="it"><head><title>Tavolo</title>${'<meta name="x" content="y">'.repeat(40)}<link rel="stylesheet" href="/assets/index-abc.css"></head><body><div id="root"></div></body></html>`;

let server: TestServer;
let clientDist: string;
beforeAll(async () => {
  // A small built client, precompressed by the same step as `npm run build`.
  clientDist = await mkdtemp(path.join(tmpdir(), "tavolo-dist-"));
  await mkdir(path.join(clientDist, "assets"));
  await writeFile(path.join(clientDist, "index.html"), HTML);
  await writeFile(path.join(clientDist, "assets", "index-abc.css"), CSS);
  await precompressDir(clientDist);
  server = await startTestServer({ CLIENT_DIST: clientDist });
});
afterAll(async () => {
  await server.close();
  await rm(clientDist, { recursive: true, force: true });
});

function expectSecurityHeaders(response: Response): void {
  const csp = response.headers.get("content-security-policy") ?? "";
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  expect(response.headers.get("x-frame-options")).toBe("DENY");
  expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
}

describe("security headers", () => {
  it("are on the app's HTML page, also for a client-side route", async () => {
    for (const page of ["/", "/procedure/abc"]) {
      const response = await fetch(`${server.url}${page}`);
      expect(response.headers.get("content-type")).toContain("text/html");
      expectSecurityHeaders(response);
    }
  });

  it("are on API answers, successes and refusals alike", async () => {
    expectSecurityHeaders(await fetch(`${server.url}/api/health`));
    const refused = await fetch(`${server.url}/api/procedures`);
    expect(refused.status).toBe(401);
    expectSecurityHeaders(refused);
  });
});

/** GET with node:http, which (unlike fetch) hands over the bytes as sent, still compressed. */
function get(
  file: string,
  acceptEncoding: string,
): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    httpGet(`${server.url}${file}`, { headers: { "accept-encoding": acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    }).on("error", reject);
  });
}

describe("the client's static files", () => {
  it("are sent brotli-compressed to a browser asking for br, and decompress to the file", async () => {
    const response = await get("/assets/index-abc.css", "gzip, deflate, br, zstd");
    expect(response.headers["content-encoding"]).toBe("br");
    expect(response.headers.vary).toContain("Accept-Encoding");
    expect(response.headers["content-type"]).toContain("text/css");
    expect(response.body.length).toBeLessThan(CSS.length / 5);
    expect(brotliDecompressSync(response.body).toString()).toBe(CSS);
  });

  it("are sent gzip-compressed to a browser asking for gzip only", async () => {
    const response = await get("/assets/index-abc.css", "gzip");
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(response.body).toString()).toBe(CSS);
  });

  it("are sent as they are to a client asking for no encoding", async () => {
    const response = await get("/assets/index-abc.css", "identity");
    expect(response.headers["content-encoding"]).toBeUndefined();
    expect(response.body.toString()).toBe(CSS);
  });

  it("include the HTML page served for client-side routes", async () => {
    const response = await get("/procedure/abc", "br");
    expect(response.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(response.body).toString()).toBe(HTML);
  });
});
