import { describe, expect, it } from "vitest";
import { type BoardRecordEdit, type BoardRuleActor, checkBoardEdit } from "./board-rules.ts";
import { sniffImageType } from "./images.ts";
import { NO_LOCKS } from "./permissions.ts";

const anna: BoardRuleActor = {
  personId: "anna",
  displayName: "Anna",
  organisationId: "coop",
  role: "redattore",
};
const bruno: BoardRuleActor = { ...anna, personId: "bruno" };
const observer: BoardRuleActor = { ...anna, personId: "olga", role: "osservatore" };
const facilitator: BoardRuleActor = { ...anna, personId: "fac", role: "facilitatore" };
const photo = (fields: Record<string, unknown> = {}) => ({
  hash: "a".repeat(64),
  type: "image/jpeg",
  alt: "Il muro dei post-it",
  x: 0,
  y: 0,
  w: 400,
  h: 300,
  authorId: "anna",
  createdAt: "2026-01-01T00:00:00.000Z",
  ...fields,
});
const edit = (
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  changed: string[],
): BoardRecordEdit => ({ collection: "images", id: "i", before, after, changed: new Set(changed) });
const open = { locks: NO_LOCKS, frames: [] };

describe("photos on the board", () => {
  it("are placed by their author only, never by an observer", () => {
    expect(checkBoardEdit(anna, edit(null, photo(), ["hash"]), open)).toBeNull();
    expect(checkBoardEdit(bruno, edit(null, photo(), ["hash"]), open)).toBe("identity");
    const olgas = photo({ authorId: "olga" });
    expect(checkBoardEdit(observer, edit(null, olgas, ["hash"]), open)).not.toBeNull();
  });

  it("are moved by anyone, but their picture and author never change", () => {
    expect(checkBoardEdit(bruno, edit(photo(), photo({ x: 50 }), ["x"]), open)).toBeNull();
    const swapped = photo({ hash: "b".repeat(64) });
    expect(checkBoardEdit(anna, edit(photo(), swapped, ["hash"]), open)).toBe("immutable");
    const taken = photo({ authorId: "bruno" });
    expect(checkBoardEdit(bruno, edit(photo(), taken, ["authorId"]), open)).toBe("immutable");
  });

  it("are deleted by their author or a facilitator only", () => {
    expect(checkBoardEdit(bruno, edit(photo(), null, []), open)).toBe("not-author");
    expect(checkBoardEdit(anna, edit(photo(), null, []), open)).toBeNull();
    expect(checkBoardEdit(facilitator, edit(photo(), null, []), open)).toBeNull();
  });
});

describe("sniffImageType", () => {
  it("recognises PNG, JPEG and WebP by their first bytes, and nothing else", () => {
    const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0];
    expect(sniffImageType(Uint8Array.from(png))).toBe("image/png");
    expect(sniffImageType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
    const webp = new TextEncoder().encode("RIFF\u0000\u0000\u0000\u0000WEBPVP8 ");
    expect(sniffImageType(webp)).toBe("image/webp");
    expect(sniffImageType(new TextEncoder().encode("<svg onload=alert(1)>"))).toBeNull();
  });
});
