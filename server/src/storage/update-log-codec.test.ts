import { describe, expect, it } from "vitest";
import { decodeLog, encodeFrame, LOG_MAGIC } from "./update-log-codec.ts";

const log = (...payloads: number[][]) =>
  Buffer.concat([LOG_MAGIC, ...payloads.map((p) => encodeFrame(Uint8Array.from(p)))]);

describe("update log codec", () => {
  it("reads back every frame in order", () => {
    const decoded = decodeLog(log([1, 2, 3], [], [4]));
    expect(decoded.updates.map((u) => [...u])).toEqual([[1, 2, 3], [], [4]]);
    expect(decoded.tornTail).toBe(false);
  });

  it("treats an empty file as an empty log", () => {
    expect(decodeLog(Buffer.alloc(0)).updates).toEqual([]);
  });

  it("stops at a frame cut short by a crash and reports where the intact part ends", () => {
    const whole = log([1, 2, 3], [4, 5, 6]);
    const decoded = decodeLog(whole.subarray(0, whole.byteLength - 2));
    expect(decoded.updates.map((u) => [...u])).toEqual([[1, 2, 3]]);
    expect(decoded.tornTail).toBe(true);
    expect(decoded.validLength).toBe(LOG_MAGIC.byteLength + 8 + 3);
  });

  it("stops at a frame whose checksum does not match", () => {
    const whole = log([1, 2, 3], [4, 5, 6]);
    whole[whole.byteLength - 1] = 99;
    expect(decodeLog(whole).updates).toHaveLength(1);
  });

  it("reads a log whose signature was cut short as empty, to be rewritten", () => {
    const decoded = decodeLog(LOG_MAGIC.subarray(0, 3));
    expect(decoded).toEqual({ updates: [], validLength: 0, tornTail: true });
  });

  it("refuses a file that is not an update log", () => {
    expect(() => decodeLog(Buffer.from("hello world"))).toThrow(/signature/);
  });
});
