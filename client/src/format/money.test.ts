import { describe, expect, it } from "vitest";
import { centsToInput, formatCents, parseEuroToCents } from "./money.ts";

describe("parseEuroToCents", () => {
  it.each([
    ["1.500,50", 150_050],
    ["1500,5", 150_050],
    ["1.500", 150_000],
    ["1.090.000", 109_000_000],
    ["1500.50", 150_050],
    ["€ 36.000", 3_600_000],
    ["15 000 euro", 1_500_000],
    ["0,99", 99],
    ["7", 700],
  ])("reads the Italian %j as %i cents", (typed, cents) => {
    expect(parseEuroToCents(typed, "it")).toEqual({ ok: true, cents });
  });

  it.each([
    ["1,500.50", 150_050],
    ["1,500", 150_000],
    ["1500.5", 150_050],
    ["€36,000", 3_600_000],
  ])("reads the English %j as %i cents", (typed, cents) => {
    expect(parseEuroToCents(typed, "en")).toEqual({ ok: true, cents });
  });

  it("treats an empty field as no amount", () => {
    expect(parseEuroToCents("  ", "it")).toEqual({ ok: true, cents: null });
    expect(parseEuroToCents("€", "it")).toEqual({ ok: true, cents: null });
  });

  it.each(["-100", "dieci", "1,2,3", "1.50,00", "12,345", "1,5.00", "3,141", "1e6"])(
    "refuses %j",
    (typed) => {
      expect(parseEuroToCents(typed, "it")).toEqual({ ok: false });
    },
  );
});

describe("formatCents", () => {
  it("writes euro the way each language does", () => {
    expect(formatCents(1_500_050, "it")).toBe("15.000,50\u00a0€");
    expect(formatCents(1_500_050, "en")).toBe("€15,000.50");
  });
});

describe("centsToInput", () => {
  it("gives text that reads back to the same cents", () => {
    for (const cents of [0, 99, 150_050, 109_000_000]) {
      for (const language of ["it", "en"] as const) {
        expect(parseEuroToCents(centsToInput(cents, language), language)).toEqual({
          ok: true,
          cents,
        });
      }
    }
    expect(centsToInput(150_000, "it")).toBe("1500");
    expect(centsToInput(null, "it")).toBe("");
  });
});
