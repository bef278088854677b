import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { redisTestPrefix, TEST_REDIS_URL } from "../../test/helpers/pg-test-db.ts";
import { RedisBus } from "./redis-bus.ts";

const silent = pino({ level: "silent" });
const buses: RedisBus[] = [];
afterEach(async () => {
  await Promise.all(buses.splice(0).map((bus) => bus.close()));
});

async function instances(count: number, prefix = redisTestPrefix()): Promise<RedisBus[]> {
  const started = await Promise.all(
    Array.from({ length: count }, () => RedisBus.connect(TEST_REDIS_URL, prefix, silent)),
  );
  buses.push(...started);
  return started;
}

/** Collects what a subscription receives, and resolves once `count` messages arrived. */
function inbox(count: number) {
  const received: { payload: Buffer; from: string }[] = [];
  let done: () => void = () => undefined;
  const full = new Promise<void>((resolve) => {
    done = resolve;
  });
  const handler = (payload: Buffer, from: string) => {
    received.push({ payload: Buffer.from(payload), from });
    if (received.length === count) done();
  };
  return { received, handler, full };
}

describe("RedisBus", () => {
  it("carries bytes to the other instances, not back to the sender", async () => {
    const [a, b, c] = await instances(3);
    if (!a || !b || !c) throw new Error("three buses expected");
    const atB = inbox(2);
    const atA = inbox(1);
    await b.subscribe("room:x", atB.handler);
    await a.subscribe("room:x", atA.handler);
    const bytes = Uint8Array.from([0, 255, 10, 13, 0]);
    await a.publish("room:x", bytes);
    await c.publish("room:x", Uint8Array.from([7]));
    await Promise.all([atB.full, atA.full]);
    expect(atB.received.map((m) => [...m.payload])).toEqual([[0, 255, 10, 13, 0], [7]]);
    expect(atB.received.map((m) => m.from)).toEqual([a.instanceId, c.instanceId]);
    expect(atA.received.map((m) => m.from)).toEqual([c.instanceId]);
  });

  it("stops delivering once the last handler of a channel unsubscribes", async () => {
    const [a, b] = await instances(2);
    if (!a || !b) throw new Error("two buses expected");
    const first = inbox(1);
    const second = inbox(2);
    const endFirst = await b.subscribe("c", first.handler);
    await b.subscribe("c", second.handler);
    await a.publish("c", Uint8Array.from([1]));
    await endFirst();
    await a.publish("c", Uint8Array.from([2]));
    await second.full;
    expect(first.received.map((m) => [...m.payload])).toEqual([[1]]);
    expect(second.received.map((m) => [...m.payload])).toEqual([[1], [2]]);
  });

  it("keeps deployments with different prefixes apart", async () => {
    const [a, other] = await instances(2);
    const [b] = await instances(1);
    if (!a || !b || !other) throw new Error("buses expected");
    const heard = inbox(1);
    const strayed = inbox(1);
    await other.subscribe("c", heard.handler);
    await b.subscribe("c", strayed.handler);
    await a.publish("c", Uint8Array.from([1]));
    await heard.full;
    expect(strayed.received).toEqual([]);
  });
});
