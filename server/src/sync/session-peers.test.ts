import { CloseCode } from "@tavolo/shared";
import { describe, expect, it } from "vitest";
import type { Peer } from "./peer.ts";
import { SessionPeers } from "./session-peers.ts";

function peer(id: string, personId: string): Peer & { closedWith: number | null } {
  return {
    id,
    personId,
    readOnly: false,
    closedWith: null,
    send: () => undefined,
    close(code: number) {
      this.closedWith = code;
    },
  };
}

describe("SessionPeers", () => {
  it("closes the connections of the session that ended, not those of the same person's other session", () => {
    const live = new Set(["laptop", "phone"]);
    const sessions = new SessionPeers((id) => live.has(id));
    const onLaptop = [peer("a", "anna"), peer("b", "anna")];
    const onPhone = peer("c", "anna");
    for (const each of onLaptop) expect(sessions.add("laptop", each)).toBe(true);
    expect(sessions.add("phone", onPhone)).toBe(true);

    live.delete("laptop");
    expect(sessions.close("laptop", CloseCode.unauthorized, "signed out")).toBe(2);
    expect(onLaptop.map((each) => each.closedWith)).toEqual([4401, 4401]);
    expect(onPhone.closedWith).toBeNull();
  });

  it("refuses a connection whose session ended between the upgrade's check and its opening", () => {
    const sessions = new SessionPeers(() => false);
    const late = peer("a", "anna");
    expect(sessions.add("laptop", late)).toBe(false);
    expect(sessions.close("laptop", CloseCode.unauthorized, "signed out")).toBe(0);
  });

  it("forgets a connection once it has left", () => {
    const sessions = new SessionPeers(() => true);
    const gone = peer("a", "anna");
    sessions.add("laptop", gone);
    sessions.remove("laptop", gone);
    expect(sessions.close("laptop", CloseCode.unauthorized, "signed out")).toBe(0);
    expect(gone.closedWith).toBeNull();
  });
});
