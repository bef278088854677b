import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";

const ClaimsSchema = z.object({ p: z.string(), r: z.string(), e: z.number() });

/** Lifetime of a room token: long enough to connect, short enough to leak little. */
export const ROOM_TOKEN_TTL_MS = 10 * 60 * 1000;

/**
 * Signed, short-lived credentials that let a non-browser client open one room as one person:
 * `base64url(claims).base64url(hmac)`. The person's membership is checked again on connect.
 */
export class RoomTokens {
  constructor(private readonly secret: string) {}

  issue(personId: string, room: string, now = Date.now()): { token: string; expiresAt: Date } {
    const expiresAt = new Date(now + ROOM_TOKEN_TTL_MS);
    const claims = Buffer.from(JSON.stringify({ p: personId, r: room, e: expiresAt.getTime() }));
    const body = claims.toString("base64url");
    return { token: `${body}.${this.sign(body)}`, expiresAt };
  }

  /** The person the token names, or null if it is forged, expired or for another room. */
  verify(token: string, room: string, now = Date.now()): string | null {
    const [body, signature, extra] = token.split(".");
    if (!body || !signature || extra !== undefined) return null;
    const expected = Buffer.from(this.sign(body));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
    } catch {
      return null;
    }
    const claims = ClaimsSchema.safeParse(parsed);
    if (!claims.success || claims.data.r !== room || claims.data.e <= now) return null;
    return claims.data.p;
  }

  private sign(body: string): string {
    return createHmac("sha256", this.secret).update(body).digest("base64url");
  }
}
