import { describe, expect, it } from "vitest";
import { CanonicalJsonError, canonicalBytes, canonicalString } from "./canonical-json.ts";

describe("canonical JSON", () => {
  it("give the same string whatever order the keys were written in", () => {
    const a = { type: "doc", attrs: { b: 1, a: [true, null] }, content: [] };
    const b = { content: [], attrs: { a: [true, null], b: 1 }, type: "doc" };
    expect(canonicalString(a)).toBe(canonicalString(b));
    expect(canonicalString(a)).toBe('{"attrs":{"a":[true,null],"b":1},"content":[],"type":"doc"}');
  });

  it("sort keys by UTF-16 code units, as RFC 8785 does", () => {
    expect(canonicalString({ é: 1, z: 2, Z: 3, "1": 4 })).toBe('{"1":4,"Z":3,"z":2,"é":1}');
  });

  it("write numbers and strings as JSON.stringify does", () => {
    expect(canonicalString([1e21, 0.1, -0, 250_000])).toBe("[1e+21,0.1,0,250000]");
    expect(canonicalString("riga\nnuova «citazione» \u2028")).toBe(
      '"riga\\nnuova «citazione» \u2028"',
    );
  });

  it("leave out undefined properties but refuse what JSON cannot carry", () => {
    expect(canonicalString({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(() => canonicalString({ a: Number.NaN })).toThrow(CanonicalJsonError);
    expect(() => canonicalString([undefined])).toThrow(/\$\[0\]: undefined/);
    expect(() => canonicalString({ when: new Date(0) })).toThrow(/\$\.when/);
    expect(() => canonicalString(10n)).toThrow(CanonicalJsonError);
  });

  it("encode the canonical text as UTF-8", () => {
    expect([...canonicalBytes("è")]).toEqual([0x22, 0xc3, 0xa8, 0x22]);
  });
});
