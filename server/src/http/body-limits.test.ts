import { CreateMeetingSchema, CreateOrganisationSchema } from "@tavolo/shared";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../config.ts";
import { bodyLimits } from "./body-limits.ts";

const defaults = loadConfig({});
const limits = {
  ordinary: defaults.BODY_LIMIT_BYTES,
  large: defaults.BODY_LIMIT_LARGE_BYTES,
  verify: defaults.BODY_LIMIT_VERIFY_BYTES,
};
const id = (n: number) => `${String(n).padStart(22, "x")}`.slice(-64).padEnd(64, "i");
const euros = (length: number) => "€".repeat(length);

/** The largest organisation the schema accepts, written with 3-byte characters. */
const largestOrganisation = {
  name: euros(200),
  type: "cooperativa_sociale",
  fiscalCode: "01234567890",
  role: "partner",
  resources: Array.from({ length: 100 }, (_, i) => ({
    id: id(i),
    kind: "cofinanziamento",
    description: euros(500),
    amountCents: 1e13,
  })),
};

/** The largest meeting the schema accepts, written with 3-byte characters. */
const largestMeeting = {
  title: euros(200),
  date: "2026-12-03T15:00:00+01:00",
  place: euros(300),
  link: `https://example.org/${"a".repeat(2000)}`,
  agenda: euros(5000),
  attendance: Array.from({ length: 500 }, (_, i) => ({ personId: id(i), organisationId: id(i) })),
  roomIds: Array.from({ length: 100 }, (_, i) => id(i).padEnd(128, "r")),
};

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));

describe("the body limit classes", () => {
  it("fit the largest valid organisation and meeting in the large class, not the ordinary one", () => {
    expect(CreateOrganisationSchema.safeParse(largestOrganisation).success).toBe(true);
    expect(CreateMeetingSchema.safeParse(largestMeeting).success).toBe(true);
    for (const body of [largestOrganisation, largestMeeting]) {
      expect(bytes(body)).toBeGreaterThan(limits.ordinary);
      expect(bytes(body)).toBeLessThanOrEqual(limits.large);
    }
  });

  const app = new Hono()
    .use(bodyLimits(limits))
    .post("*", async (c) => c.json({ read: (await c.req.text()).length }));
  const post = (path: string, body: unknown) =>
    app.request(path, { method: "POST", body: JSON.stringify(body) });

  it("lets the organisation and meeting routes take their largest bodies", async () => {
    const organisations = "/api/procedures/p1/organisations";
    expect((await post(organisations, largestOrganisation)).status).toBe(200);
    expect((await post(`${organisations}/o1`, largestOrganisation)).status).toBe(200);
    expect((await post("/api/procedures/p1/meetings/m1", largestMeeting)).status).toBe(200);
  });

  it("answers 413 with the JSON error shape for the same body on an ordinary route", async () => {
    for (const path of ["/api/session", "/api/procedures/p1", "/api/procedures/p1/rooms"]) {
      const response = await post(path, largestOrganisation);
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual({
        error: `body: larger than this route takes (${limits.ordinary} bytes)`,
      });
    }
  });

  it("lets only POST /api/verify take a file of several MiB, up to its own limit", async () => {
    const file = new Uint8Array(3 * 1024 * 1024);
    const send = (path: string, body: Uint8Array) =>
      app.request(path, { method: "POST", body: Buffer.from(body) });
    expect((await send("/api/verify", file)).status).toBe(200);
    expect((await send("/api/verify/abc", file)).status).toBe(413);
    expect((await send("/api/procedures/p1/organisations", file)).status).toBe(413);
    const over = await send("/api/verify", new Uint8Array(limits.verify + 1));
    expect(over.status).toBe(413);
  });
});
