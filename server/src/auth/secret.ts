import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { replaceFileVerified } from "../storage/durable-write.ts";

/** The shortest signing key accepted, from SESSION_SECRET or from the generated file. */
const MIN_SECRET_LENGTH = 32;

/**
 * The key that signs session cookies and room tokens: SESSION_SECRET when set, otherwise one
 * generated on first start and kept in DATA_DIR, so sessions survive restarts. The file is
 * written whole or not at all, and a stored key that is too short (an empty file would let
 * anyone sign cookies) stops the start instead of being used.
 */
export async function loadSecret(dataDir: string, fromEnv: string | undefined): Promise<string> {
  if (fromEnv) return fromEnv;
  const file = path.join(dataDir, "secret.key");
  try {
    const secret = (await readFile(file, "utf8")).trim();
    if (secret.length < MIN_SECRET_LENGTH) {
      throw new Error(
        `${file} holds ${secret.length} characters, fewer than ${MIN_SECRET_LENGTH}: remove it to generate a new key (everyone is signed out)`,
      );
    }
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    const secret = randomBytes(32).toString("base64url");
    await replaceFileVerified(file, Buffer.from(secret, "utf8"), { mode: 0o600 });
    return secret;
  }
}
