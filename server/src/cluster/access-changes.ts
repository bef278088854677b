import { CloseCode } from "@tavolo/shared";
import type { Logger } from "pino";
import { z } from "zod";
import type { Database } from "../db/database.ts";
import type { RedisBus } from "./redis-bus.ts";

/** Closes this instance's sockets whose access changed (the registry and the session list). */
export interface AccessCloser {
  /** A person's connections to some rooms and their side rooms: revocation, role change. */
  disconnect(personId: string, rooms: readonly string[], code: number, reason: string): void;
  /** The connections one browser session opened: sign-out, a session ended. */
  disconnectSession(sessionId: string, code: number, reason: string): void;
  /** Every connection (they reconnect and are authorised again). */
  closeEverySocket(code: number, reason: string): void;
}

const CHANNEL = "access";

const Close = { code: z.number().int().min(1000).max(4999), reason: z.string().max(123) };
/** `seq`: the metadata record the change was committed in (or any later one). */
const AccessChangeSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("person"),
    seq: z.number().int().nonnegative(),
    personId: z.string().min(1),
    rooms: z.array(z.string().min(1)),
    ...Close,
  }),
  z.object({
    kind: z.literal("session"),
    seq: z.number().int().nonnegative(),
    sessionId: z.string().min(1),
    ...Close,
  }),
]);
type AccessChange = z.infer<typeof AccessChangeSchema>;

/** The JSON in `payload`, or undefined if it is not JSON (then refused by the schema). */
function jsonOf(payload: Buffer): unknown {
  try {
    return JSON.parse(payload.toString("utf8"));
  } catch {
    return undefined;
  }
}

/**
 * Access changes reaching the sockets of every instance: each is applied here at once and
 * published on the bus; another instance first applies the metadata up to the record the change
 * was committed in, then closes its own matching sockets. In that order, a socket opening there
 * after the close is checked against the new access, and one opening before it is closed.
 * Called after the change's `db.change` resolved.
 */
export class AccessChanges implements AccessCloser {
  private constructor(
    private readonly bus: RedisBus,
    private readonly db: Database,
    private readonly local: AccessCloser,
    private readonly log: Logger,
  ) {}

  /** Resolves once subscribed: from then on, other instances' changes close sockets here. */
  static async start(
    bus: RedisBus,
    db: Database,
    local: AccessCloser,
    log: Logger,
  ): Promise<AccessChanges> {
    const changes = new AccessChanges(bus, db, local, log);
    await bus.subscribe(CHANNEL, (payload, from) => changes.received(payload, from));
    bus.onReconnect(() => changes.afterOutage());
    return changes;
  }

  disconnect(personId: string, rooms: readonly string[], code: number, reason: string): void {
    this.local.disconnect(personId, rooms, code, reason);
    this.publish({ kind: "person", seq: this.db.seq, personId, rooms: [...rooms], code, reason });
  }

  disconnectSession(sessionId: string, code: number, reason: string): void {
    this.local.disconnectSession(sessionId, code, reason);
    this.publish({ kind: "session", seq: this.db.seq, sessionId, code, reason });
  }

  closeEverySocket(code: number, reason: string): void {
    this.local.closeEverySocket(code, reason);
  }

  /**
   * Pub/sub does not replay what this instance missed while it was cut off from Redis, so an
   * access change may have been lost: once the metadata is read again, every socket here is
   * asked to reconnect, and each is authorised again under the access as it is now.
   */
  private afterOutage(): void {
    void this.db.refresh().then(() => {
      this.log.warn("back on Redis: every socket reconnects, access changes may have been missed");
      this.local.closeEverySocket(CloseCode.accessChanged, "access changes may have been missed");
    });
  }

  private publish(change: AccessChange): void {
    this.bus.publish(CHANNEL, Buffer.from(JSON.stringify(change))).catch((error: unknown) => {
      this.log.error(
        { err: error, change },
        "an access change could not reach the other instances",
      );
    });
  }

  private received(payload: Buffer, from: string): void {
    const parsed = AccessChangeSchema.safeParse(jsonOf(payload));
    if (!parsed.success) {
      this.log.warn({ from }, "ignored a malformed access change from another instance");
      return;
    }
    const change = parsed.data;
    void this.db
      .caughtUp(change.seq)
      .then(() => {
        if (change.kind === "person") {
          this.local.disconnect(change.personId, change.rooms, change.code, change.reason);
        } else {
          this.local.disconnectSession(change.sessionId, change.code, change.reason);
        }
      })
      .catch((error: unknown) => {
        this.log.error({ err: error, change }, "an access change could not close the sockets here");
      });
  }
}
