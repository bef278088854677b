import type { PublicVerification, UnknownVerification } from "@tavolo/shared";

/** What the public verification answered: a version identified, or nothing known. */
export type VerifyOutcome = PublicVerification | UnknownVerification;

async function outcomeOf(response: Response): Promise<VerifyOutcome> {
  if (response.status === 200) return (await response.json()) as PublicVerification;
  if (response.status === 404) return (await response.json()) as UnknownVerification;
  const body = (await response.json().catch(() => ({}))) as { error?: string };
  throw new Error(body.error ?? `HTTP ${response.status}`);
}

/** `POST /api/verify` with the file's bytes as they are: no session needed. */
export async function verifyFile(file: Blob): Promise<VerifyOutcome> {
  const response = await fetch("/api/verify", {
    method: "POST",
    headers: { "content-type": "application/octet-stream" },
    body: file,
  });
  return outcomeOf(response);
}

/** `GET /api/verify/<sha256>`: a file's SHA-256 or a version's impronta. */
export async function verifyHash(hash: string): Promise<VerifyOutcome> {
  return outcomeOf(await fetch(`/api/verify/${encodeURIComponent(hash)}`));
}

/** A SHA-256 as people paste it: spaces and upper case allowed; null if it is not one. */
export function normaliseHash(text: string): string | null {
  const hash = text.replace(/\s+/g, "").toLowerCase();
  return /^[0-9a-f]{64}$/.test(hash) ? hash : null;
}
