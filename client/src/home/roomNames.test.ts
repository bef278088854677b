import { RoomNameSchema } from "@tavolo/shared";
import { describe, expect, it } from "vitest";
import { randomRoomName, suggestRoomName } from "./roomNames.ts";

describe("randomRoomName", () => {
  it("always proposes a valid note name", () => {
    for (let seed = 0; seed < 50; seed++) {
      const name = randomRoomName((below) => (seed * 7919) % below);
      expect(RoomNameSchema.safeParse(name).success, name).toBe(true);
    }
  });

  it("drops accents so the name stays in the room alphabet", () => {
    expect(randomRoomName(() => 0)).toBe("nota-agora-1000");
  });
});

describe("suggestRoomName", () => {
  it.each([
    ["Riunione 12 marzo", "riunione-12-marzo"],
    ["Tavolo Housing Sociale – Pero", "tavolo-housing-sociale-pero"],
    ["../segreto", "segreto"],
    ["a..b", "a.b"],
    ["Città  dell'abitare!", "citta-dell-abitare"],
  ])("turns %j into %j", (typed, suggested) => {
    expect(suggestRoomName(typed)).toBe(suggested);
  });

  it("suggests nothing when nothing usable is left", () => {
    expect(suggestRoomName("   ")).toBeNull();
    expect(suggestRoomName("!!!")).toBeNull();
  });

  it("suggests nothing when the name is already in the alphabet", () => {
    expect(suggestRoomName("riunione-12")).toBeNull();
  });
});
