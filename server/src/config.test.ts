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

  it("keeps the embedded default unless DATABASE_URL is set, and REDIS_URL only with it", () => {
    expect(loadConfig({}).DATABASE_URL).toBeUndefined();
    const cluster = loadConfig({
      DATABASE_URL: "postgres://tavolo@db.example:5432/tavolo",
      REDIS_URL: "redis://cache.example:6379",
    });
    expect(cluster.REDIS_URL).toBe("redis://cache.example:6379");
    expect(cluster.REDIS_CHANNEL_PREFIX).toBe("tavolo:");
    expect(() => loadConfig({ REDIS_URL: "redis://cache.example" })).toThrow(/REDIS_URL/);
    expect(() => loadConfig({ DATABASE_URL: "mysql://db.example/x" })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ REDIS_CHANNEL_PREFIX: "a b" })).toThrow(/REDIS_CHANNEL_PREFIX/);
  });
});
