import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.ts";

describe("loadConfig", () => {
  it("reads ALLOWED_ORIGINS as a list of normalised origins, empty by default", () => {
    expect(loadConfig({}).ALLOWED_ORIGINS).toEqual(new Set());
    const { ALLOWED_ORIGINS } = loadConfig({
      ALLOWED_ORIGINS: "https://Tavolo.Comune.example, http://10.0.0.5:8080/",
    });
    expect(ALLOWED_ORIGINS).toEqual(
      new Set(["https://tavolo.comune.example", "http://10.0.0.5:8080"]),
    );
  });

  it("refuses an entry that is not a bare http(s) origin", () => {
    for (const bad of [
      "tavolo.example",
      "https://tavolo.example/app",
      "ftp://tavolo.example",
      "null",
    ]) {
      expect(() => loadConfig({ ALLOWED_ORIGINS: bad }), bad).toThrow(/ALLOWED_ORIGINS/);
    }
  });

  it("takes the heartbeat interval in milliseconds, 30 s by default", () => {
    expect(loadConfig({}).SYNC_HEARTBEAT_MS).toBe(30_000);
    expect(() => loadConfig({ SYNC_HEARTBEAT_MS: "0" })).toThrow(/SYNC_HEARTBEAT_MS/);
  });
});
