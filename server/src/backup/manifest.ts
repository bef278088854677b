import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { formatIssues } from "@tavolo/shared";
import { z } from "zod";
import { type OpenFile, replaceFileVerified } from "../storage/durable-write.ts";

/** Written last: a backup folder without it (or whose files differ from it) is not a backup. */
export const MANIFEST_FILE = "tavolo-backup.json";
const FORMAT = "tavolo-backup/1";

/** A relative POSIX path that stays inside the folder it is relative to. */
const RelativePathSchema = z
  .string()
  .min(1)
  .refine(
    (file) => !path.posix.isAbsolute(file) && file.split("/").every((p) => p && p !== ".."),
    "a relative path inside the backup",
  );

const FileEntrySchema = z.object({
  path: RelativePathSchema,
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

const ManifestSchema = z.object({
  format: z.literal(FORMAT),
  createdAt: z.iso.datetime(),
  /** The DATA_DIR the copy was taken from. */
  source: z.string(),
  rooms: z.number().int().nonnegative(),
  versions: z.number().int().nonnegative(),
  files: z.array(FileEntrySchema),
});

export type FileEntry = z.infer<typeof FileEntrySchema>;
export type Manifest = z.infer<typeof ManifestSchema>;

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export function fileEntry(relative: string, bytes: Uint8Array): FileEntry {
  return { path: relative, bytes: bytes.byteLength, sha256: sha256(bytes) };
}

/** Writes the manifest (durably, verified) and returns it as written. */
export async function writeManifest(
  dir: string,
  contents: Omit<Manifest, "format">,
  open?: OpenFile,
): Promise<Manifest> {
  const manifest: Manifest = { format: FORMAT, ...contents };
  const text = `${JSON.stringify(manifest, null, 2)}\n`;
  await replaceFileVerified(path.join(dir, MANIFEST_FILE), Buffer.from(text, "utf8"), {
    open,
    mode: 0o600,
  });
  return manifest;
}

/** The manifest of the backup in `dir`; throws, saying why, when it is missing or malformed. */
export async function readManifest(dir: string): Promise<Manifest> {
  let text: string;
  try {
    text = await readFile(path.join(dir, MANIFEST_FILE), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    throw new Error(`${dir} has no ${MANIFEST_FILE}: not a complete Tavolo backup`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${MANIFEST_FILE} in ${dir} is not JSON: the backup is damaged`);
  }
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`${MANIFEST_FILE} in ${dir} is not valid: ${formatIssues(parsed.error)}`);
  }
  return parsed.data;
}
