import path from "node:path";
import { formatIssues, SignupPolicySchema, SyncLimits } from "@tavolo/shared";
import { z } from "zod";

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATA_DIR: z.string().min(1).default("./data"),
  // Several instances (README, "Più istanze"): unset, everything stays under DATA_DIR.
  /** PostgreSQL holding room logs and metadata, e.g. `postgres://tavolo@db/tavolo`. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /** Redis carrying committed updates, presence and access changes between instances. */
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  /** Starts every Redis channel name, so deployments (or tests) sharing one Redis stay apart. */
  REDIS_CHANNEL_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9._:-]{1,64}$/, "1 to 64 letters, digits or ._:-")
    .default("tavolo:"),
  MAX_MESSAGE_BYTES: z.coerce.number().int().min(1024).default(SyncLimits.maxMessageBytes),
  COMPACT_AFTER_UPDATES: z.coerce.number().int().min(2).default(1000),
  /** `off` trusts every update inside a room: only for the benchmark's A/B comparison. */
  ROOM_VALIDATION: z.enum(["on", "off"]).default("on"),
  MAX_DOCUMENT_BYTES: z.coerce.number().int().min(1024).default(SyncLimits.maxDocumentBytes),
  /** Signs session cookies and room tokens; generated into DATA_DIR when not set. */
  SESSION_SECRET: z.string().min(32, "at least 32 characters").optional(),
  // Limits and headers (README, "Limiti e intestazioni").
  /** Read the client address from X-Forwarded-For: only behind a reverse proxy that sets it. */
  TRUST_PROXY: z.stringbool().default(false),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(64 * 1024),
  BODY_LIMIT_LARGE_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(256 * 1024),
  /** `POST /api/verify` takes an exported file's bytes. */
  BODY_LIMIT_VERIFY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(32 * 1024 * 1024),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
  RATE_LIMIT_SIGN_IN: z.coerce.number().int().min(1).default(30),
  RATE_LIMIT_ANONYMOUS: z.coerce.number().int().min(1).default(300),
  HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  /** `GET /api/metrics` answers only `Authorization: Bearer <METRICS_TOKEN>`; 404 when unset. */
  METRICS_TOKEN: z
    .string()
    .regex(/^[A-Za-z0-9._~+/-]{16,}=*$/, "at least 16 letters, digits or ._~+/-")
    .optional(),
  /** The address people open (behind a TLS proxy, its https URL): an allowed origin; https makes the cookie Secure. */
  PUBLIC_URL: z
    .url({ protocol: /^https?$/ })
    .transform((url) => new URL(url).origin)
    .optional(),
  /** The municipality's PKCS#12 certificate: every PDF of a frozen version is signed with it. */
  SIGNING_P12_PATH: z.string().min(1).optional(),
  SIGNING_P12_PASSWORD: z.string().default(""),
  // OpenID Connect sign-in (README, "OpenID Connect"): off unless OIDC_ISSUER is set.
  OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_SCOPES: z.string().min(1).default("openid profile email"),
  /** The sign-in button's text. */
  OIDC_LABEL: z.string().min(1).max(80).default("Accedi con l'account dell'ente"),
  /** Asked of the identity provider on every sign-in, e.g. a SPID level. */
  OIDC_ACR_VALUES: z.string().min(1).optional(),
  /** Who may create procedures: `invited` (administrators and whom they invite) or `open` (demos). */
  SIGNUP_POLICY: SignupPolicySchema.default("invited"),
  /** `Authorization: Bearer <TAVOLO_ADMIN_TOKEN>` acts as an instance administrator (scripts, CI). */
  TAVOLO_ADMIN_TOKEN: z
    .string()
    .regex(/^[A-Za-z0-9._~+/-]{32,}=*$/, "at least 32 letters, digits or ._~+/-")
    .optional(),
  /** How long a facilitator's sign-in link stays usable. */
  SIGN_IN_LINK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .default(15),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Milliseconds between websocket pings; a socket silent for two of them is dropped. */
  SYNC_HEARTBEAT_MS: z.coerce.number().int().min(50).default(30_000),
  /** Origins (besides the server's own) whose pages may open rooms with the session cookie. */
  ALLOWED_ORIGINS: z
    .string()
    .default("")
    .transform((list, ctx) => originSet(list, ctx)),
  CLIENT_DIST: z
    .string()
    .min(1)
    .default(path.resolve(import.meta.dirname, "../../client/dist")),
});

export type Config = z.infer<typeof ConfigSchema>;

/** OIDC_ISSUER needs its client id: a half-configured sign-in stops the start. */
function oidcComplete(config: Config, ctx: z.RefinementCtx): void {
  if (config.OIDC_ISSUER && !config.OIDC_CLIENT_ID) {
    ctx.addIssue({
      code: "custom",
      path: ["OIDC_CLIENT_ID"],
      message: "required with OIDC_ISSUER",
    });
  }
}

/** Instances sharing rooms through Redis must share their storage too: REDIS_URL needs PostgreSQL. */
function clusterComplete(config: Config, ctx: z.RefinementCtx): void {
  if (config.REDIS_URL && !config.DATABASE_URL) {
    ctx.addIssue({ code: "custom", path: ["REDIS_URL"], message: "requires DATABASE_URL" });
  }
}

/** Reads the configuration from environment variables; a bad value stops the start with why. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.superRefine(oidcComplete).superRefine(clusterComplete).safeParse(env);
  if (!parsed.success) throw new Error(`invalid configuration: ${formatIssues(parsed.error)}`);
  return parsed.data;
}

/** `https://a.example, http://b.example:8080` → their normalised origins. */
function originSet(list: string, ctx: z.RefinementCtx): ReadonlySet<string> {
  const origins = new Set<string>();
  for (const entry of list.split(",").map((item) => item.trim())) {
    if (!entry) continue;
    const url = URL.canParse(entry) ? new URL(entry) : null;
    const bare = url && url.pathname === "/" && !url.search && !url.hash && !url.username;
    if (!url || !bare || !/^https?:$/.test(url.protocol)) {
      ctx.addIssue({ code: "custom", message: `"${entry}" is not an http(s) origin` });
      continue;
    }
    origins.add(url.origin);
  }
  return origins;
}
