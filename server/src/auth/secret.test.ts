import { mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadSecret } from "./secret.ts";

const tempDir = () => mkdtemp(path.join(tmpdir(), "tavolo-secret-"));

describe("loadSecret", () => {
  it("generates a key readable only by its owner and reads the same one back", async () => {
    const dir = await tempDir();
    const secret = await loadSecret(dir, undefined);
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect((await stat(path.join(dir, "secret.key"))).mode & 0o777).toBe(0o600);
    expect(await readFile(path.join(dir, "secret.key"), "utf8")).toBe(secret);
    expect(await loadSecret(dir, undefined)).toBe(secret);
  });

  it("refuses a stored key cut short (an empty key would let anyone sign cookies)", async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, "secret.key"), "");
    await expect(loadSecret(dir, undefined)).rejects.toThrow(/fewer than 32/);
  });
});
