import { randomBytes } from "node:crypto";

/** An unguessable identifier: 128 random bits, URL- and room-name-safe. */
export function newId(): string {
  return randomBytes(16).toString("base64url");
}
