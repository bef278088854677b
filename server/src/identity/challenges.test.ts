import { describe, expect, it } from "vitest";
import { ChallengeStore } from "./challenges.ts";

const place = { origin: "http://localhost:3000", rpID: "localhost" };

function clock(start = 1_000) {
  let time = start;
  return {
    now: () => time,
    advance: (ms: number) => {
      time += ms;
    },
  };
}

describe("ChallengeStore", () => {
  it("gives back a challenge once, with what it was issued for", () => {
    const store = new ChallengeStore<{ personId: string }>();
    const { challenge } = store.issue(place, { personId: "anna" });
    expect(store.take(challenge)).toMatchObject({
      ...place,
      challenge,
      subject: { personId: "anna" },
    });
    expect(store.take(challenge)).toBeNull();
  });

  it("issues a different random challenge each time", () => {
    const store = new ChallengeStore<null>();
    const a = store.issue(place, null).challenge;
    const b = store.issue(place, null).challenge;
    expect(a).not.toBe(b);
    expect(Buffer.from(a, "base64url")).toHaveLength(32);
  });

  it("refuses a challenge nobody issued", () => {
    expect(new ChallengeStore<null>().take("bm9ib2R5")).toBeNull();
  });

  it("refuses an expired challenge and forgets it", () => {
    const time = clock();
    const store = new ChallengeStore<null>({ ttlMs: 100, now: time.now });
    const { challenge } = store.issue(place, null);
    time.advance(100);
    expect(store.take(challenge)).toBeNull();
    expect(store.size).toBe(0);
  });

  it("drops expired challenges as new ones are issued", () => {
    const time = clock();
    const store = new ChallengeStore<null>({ ttlMs: 100, now: time.now });
    store.issue(place, null);
    store.issue(place, null);
    time.advance(150);
    const fresh = store.issue(place, null).challenge;
    expect(store.size).toBe(1);
    expect(store.take(fresh)).not.toBeNull();
  });

  it("keeps at most `capacity` challenges, forgetting the oldest", () => {
    const store = new ChallengeStore<number>({ capacity: 2 });
    const first = store.issue(place, 1).challenge;
    const second = store.issue(place, 2).challenge;
    const third = store.issue(place, 3).challenge;
    expect(store.take(first)).toBeNull();
    expect(store.take(second)?.subject).toBe(2);
    expect(store.take(third)?.subject).toBe(3);
  });

  it("binds a given challenge (a hash of what is approved)", () => {
    const store = new ChallengeStore<string>();
    store.issue(place, "version", "aGFzaA");
    expect(store.take("aGFzaA")?.subject).toBe("version");
  });
});
