import { afterEach, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";

let server: TestServer;
afterEach(async () => {
  await server.close();
});

const TOKEN = "scraper-token-0123456789";
const metrics = (headers: Record<string, string> = {}) =>
  fetch(`${server.url}/api/metrics`, { headers });

describe("GET /api/metrics", () => {
  it("answers 401 without the METRICS_TOKEN bearer and the metrics with it", async () => {
    server = await startTestServer({ METRICS_TOKEN: TOKEN });
    const anonymous = await metrics();
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("www-authenticate")).toContain("Bearer");
    expect(await anonymous.json()).toEqual({
      error: "authorization: a valid Bearer METRICS_TOKEN is required",
    });
    expect((await metrics({ authorization: "Bearer not-the-token-0123" })).status).toBe(401);
    const scraper = await metrics({ authorization: `Bearer ${TOKEN}` });
    expect(scraper.status).toBe(200);
    expect(await scraper.text()).toContain("\ntavolo_rooms_loaded 0\n");
  });

  it("is off, 404, on a server started without METRICS_TOKEN", async () => {
    server = await startTestServer();
    const response = await metrics({ authorization: `Bearer ${TOKEN}` });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: "metrics are off: start the server with METRICS_TOKEN",
    });
  });
});
