import { describe, expect, it } from "vitest";
import { ROOM_TOKEN_TTL_MS, RoomTokens } from "./room-token.ts";

const tokens = new RoomTokens("test-secret");

describe("room tokens", () => {
  it("name the person for the room they were issued for", () => {
    const { token } = tokens.issue("person-1", "room-a");
    expect(tokens.verify(token, "room-a")).toBe("person-1");
  });

  it("are refused for another room", () => {
    const { token } = tokens.issue("person-1", "room-a");
    expect(tokens.verify(token, "room-b")).toBeNull();
  });

  it("expire", () => {
    const { token } = tokens.issue("person-1", "room-a", 0);
    expect(tokens.verify(token, "room-a", ROOM_TOKEN_TTL_MS + 1)).toBeNull();
  });

  it("are refused when tampered with or signed with another key", () => {
    const { token } = tokens.issue("person-1", "room-a");
    const [body, signature] = token.split(".");
    const forgedBody = Buffer.from(
      JSON.stringify({ p: "admin", r: "room-a", e: Date.now() + 1e6 }),
    ).toString("base64url");
    expect(tokens.verify(`${forgedBody}.${signature}`, "room-a")).toBeNull();
    expect(new RoomTokens("other").verify(token, "room-a")).toBeNull();
    expect(tokens.verify(`${body}`, "room-a")).toBeNull();
    expect(tokens.verify("garbage", "room-a")).toBeNull();
  });
});
