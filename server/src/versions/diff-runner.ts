import { Worker } from "node:worker_threads";

export interface DiffRequest {
  id: number;
  /** The two canonical strings, and the ids the answer names. */
  before: string;
  after: string;
  fromVersionId: string;
  to: string;
}

/** `failed` marks a broken input or a bug (500) rather than documents too long to compare. */
export type DiffReply =
  | { id: number; ok: true /** The `VersionDiff` response body. */; json: string }
  | { id: number; ok: false; error: string; failed?: boolean };

/** Comparisons waiting for the worker beyond which a new one is refused as busy. */
export const MAX_QUEUED_DIFFS = 8;

/** The worker beside this module: diff-worker.ts in the sources, diff-worker.js once built. */
const COMPILED = import.meta.url.endsWith(".js");
const WORKER_URL = new URL(`./diff-worker.${COMPILED ? "js" : "ts"}`, import.meta.url);
/** From the sources, the worker loads TypeScript as the server does: through tsx. */
const BOOT = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(WORKER_URL.href)}); });`;

type Pending = { resolve: (reply: DiffReply) => void; reject: (error: Error) => void };

/**
 * Runs version comparisons on one worker thread, one at a time in arrival order. The thread
 * starts with the first comparison, never keeps the process alive, and is started again if it
 * dies (the comparisons it held fail).
 */
export class DiffRunner {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  /** How many comparisons are queued or running. */
  get queued(): number {
    return this.pending.size;
  }

  diff(request: Omit<DiffRequest, "id">): Promise<DiffReply> {
    const id = this.nextId++;
    const worker = this.started();
    return new Promise<DiffReply>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id } satisfies DiffRequest);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.failAll(new Error("the diff worker was closed"));
    await worker?.terminate();
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = COMPILED ? new Worker(WORKER_URL) : new Worker(BOOT, { eval: true });
    worker.unref();
    worker.on("message", (reply: DiffReply) => {
      this.pending.get(reply.id)?.resolve(reply);
      this.pending.delete(reply.id);
    });
    const lost = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      this.failAll(error);
    };
    worker.on("error", lost);
    worker.on("exit", (code) => lost(new Error(`the diff worker stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error): void {
    for (const { reject } of this.pending.values()) reject(error);
    this.pending.clear();
  }
}
