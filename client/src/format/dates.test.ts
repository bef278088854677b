import { describe, expect, it } from "vitest";
import { formatDateTime, toDateAndTime, toIsoWithOffset } from "./dates.ts";

describe("toIsoWithOffset", () => {
  it("writes the typed local date and time with this time zone's offset", () => {
    const iso = toIsoWithOffset("2025-03-12", "09:30");
    expect(iso).toMatch(/^2025-03-12T09:30:00[+-]\d{2}:\d{2}$/);
    expect(Date.parse(iso ?? "")).toBe(new Date(2025, 2, 12, 9, 30).getTime());
  });

  it("refuses a missing or impossible date or time", () => {
    expect(toIsoWithOffset("", "09:30")).toBeNull();
    expect(toIsoWithOffset("2025-03-12", "")).toBeNull();
    expect(toIsoWithOffset("2025-02-31", "09:30")).toBeNull();
    expect(toIsoWithOffset("2025-03-12", "25:00")).toBeNull();
  });
});

describe("toDateAndTime", () => {
  it("reads back what toIsoWithOffset wrote", () => {
    const iso = toIsoWithOffset("2025-11-03", "17:45") ?? "";
    expect(toDateAndTime(iso)).toEqual({ date: "2025-11-03", time: "17:45" });
  });

  it("gives empty fields for a date it cannot read", () => {
    expect(toDateAndTime("ieri")).toEqual({ date: "", time: "" });
  });
});

describe("formatDateTime", () => {
  it("names the month in the interface language", () => {
    const iso = toIsoWithOffset("2025-03-12", "09:30") ?? "";
    expect(formatDateTime(iso, "it")).toContain("12 marzo 2025");
    expect(formatDateTime(iso, "en")).toContain("12 March 2025");
  });
});
