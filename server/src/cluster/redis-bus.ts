import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import type { Logger } from "pino";

/** Length of the instance id that starts every message (random bytes, hex in logs). */
const ID_BYTES = 8;

/** Receives a message another instance published on a channel this instance subscribed to. */
export type BusHandler = (payload: Buffer, from: string) => void;

/**
 * Messages between the instances of one deployment over Redis pub/sub: one connection to
 * publish, one to subscribe (a subscribed connection can do nothing else). Payloads are bytes,
 * prefixed with the sender's instance id, so an instance never hears its own messages back.
 * Channel names are prefixed with REDIS_CHANNEL_PREFIX. Pub/sub delivers at most once: what an
 * instance misses while disconnected is not replayed, so anything that must not be lost is
 * stored first (PostgreSQL) and the bus only says "this happened".
 */
export class RedisBus {
  /** This process's id on the bus. */
  readonly instanceId: string;
  private readonly idBytes: Buffer;
  private readonly handlers = new Map<string, Set<BusHandler>>();

  private constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    private readonly prefix: string,
    private readonly log: Logger,
  ) {
    this.idBytes = randomBytes(ID_BYTES);
    this.instanceId = this.idBytes.toString("hex");
    subscriber.on("messageBuffer", (channel: Buffer, message: Buffer) =>
      this.deliver(channel.toString(), message),
    );
  }

  /** Connects both connections; rejects if Redis cannot be reached. */
  static async connect(url: string, prefix: string, log: Logger): Promise<RedisBus> {
    const options = { lazyConnect: true, maxRetriesPerRequest: 3 };
    const publisher = new Redis(url, options);
    const subscriber = new Redis(url, options);
    for (const connection of [publisher, subscriber]) {
      // Reconnection is ioredis's job (subscriptions are renewed); an error only gets logged.
      connection.on("error", (error: Error) => log.warn({ err: error }, "Redis connection error"));
    }
    try {
      await Promise.all([publisher.connect(), subscriber.connect()]);
    } catch (error) {
      publisher.disconnect();
      subscriber.disconnect();
      throw error;
    }
    return new RedisBus(publisher, subscriber, prefix, log);
  }

  /** Sends `payload` to every other instance subscribed to `channel`. */
  async publish(channel: string, payload: Uint8Array): Promise<void> {
    await this.publisher.publish(this.prefix + channel, Buffer.concat([this.idBytes, payload]));
  }

  /**
   * Calls `handler` with every message other instances publish on `channel` from the moment
   * the returned promise resolves (Redis confirmed the subscription). Resolves with the
   * function that ends this subscription.
   */
  async subscribe(channel: string, handler: BusHandler): Promise<() => Promise<void>> {
    const name = this.prefix + channel;
    let handlers = this.handlers.get(name);
    if (!handlers) {
      handlers = new Set();
      this.handlers.set(name, handlers);
    }
    handlers.add(handler);
    // Always asked of Redis, even if already subscribed: commands on one connection run in
    // order, so this resolves only after any earlier (un)subscription of the channel.
    await this.subscriber.subscribe(name);
    return () => this.unsubscribe(name, handler);
  }

  /** Closes both connections; nothing is delivered afterwards. */
  async close(): Promise<void> {
    this.handlers.clear();
    await Promise.allSettled([this.publisher.quit(), this.subscriber.quit()]);
  }

  private async unsubscribe(name: string, handler: BusHandler): Promise<void> {
    const handlers = this.handlers.get(name);
    if (!handlers?.delete(handler) || handlers.size > 0) return;
    this.handlers.delete(name);
    await this.subscriber.unsubscribe(name);
  }

  private deliver(name: string, message: Buffer): void {
    if (message.byteLength < ID_BYTES) return;
    const from = message.subarray(0, ID_BYTES);
    if (from.equals(this.idBytes)) return;
    const payload = message.subarray(ID_BYTES);
    for (const handler of this.handlers.get(name) ?? []) {
      try {
        handler(payload, from.toString("hex"));
      } catch (error) {
        this.log.error({ err: error, channel: name }, "a bus message could not be handled");
      }
    }
  }
}
