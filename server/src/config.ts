import path from "node:path";
import { formatIssues, SyncLimits } from "@tavolo/shared";
import { z } from "zod";

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATA_DIR: z.string().min(1).default("./data"),
  MAX_MESSAGE_BYTES: z.coerce.number().int().min(1024).default(SyncLimits.maxMessageBytes),
  COMPACT_AFTER_UPDATES: z.coerce.number().int().min(2).default(1000),
  MAX_DOCUMENT_BYTES: z.coerce.number().int().min(1024).default(SyncLimits.maxDocumentBytes),
  /** Signs session cookies and room tokens; generated into DATA_DIR when not set. */
  SESSION_SECRET: z.string().min(32, "at least 32 characters").optional(),
  /** The address people open (behind a TLS proxy, its https URL): an allowed origin; https makes the cookie Secure. */
  PUBLIC_URL: z
    .url({ protocol: /^https?$/ })
    .transform((url) => new URL(url).origin)
    .optional(),
  /** Other origins (comma-separated) whose pages may call the API and open rooms with the cookie. */
  ALLOWED_ORIGINS: z
    .string()
    .default("")
    .transform((list) =>
      list
        .split(",")
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url({ protocol: /^https?$/ }).transform((url) => new URL(url).origin))),
  /** Believe the proxy's X-Forwarded-Proto (the cookie is Secure when it says https). */
  TRUST_PROXY: z
    .enum(["true", "false", "1", "0"])
    .default("false")
    .transform((value) => value === "true" || value === "1"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  CLIENT_DIST: z
    .string()
    .min(1)
    .default(path.resolve(import.meta.dirname, "../../client/dist")),
});

export type Config = z.infer<typeof ConfigSchema>;

/** Reads the configuration from environment variables; a bad value stops the start with why. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) throw new Error(`invalid configuration: ${formatIssues(parsed.error)}`);
  return parsed.data;
}
