/**
 * The worker thread that compares versions (started by `diff-runner.ts`), so that a long diff
 * never holds up the event loop every room and request shares. It receives the two canonical
 * strings and answers the response body, serialised here (a long diff is megabytes of JSON, too
 * much to clone into the main thread or stringify there), or why the documents are too long.
 */
import { readlinkSync } from "node:fs";
import { constants, setPriority } from "node:os";
import { parentPort } from "node:worker_threads";
import {
  type CanonicalDocument,
  diffDocuments,
  diffTooLarge,
  type VersionDiff,
} from "@tavolo/shared";
import type { DiffReply, DiffRequest } from "./diff-runner.ts";

const parse = (canonical: string) => JSON.parse(canonical) as CanonicalDocument;

function answer({ id, before, after, fromVersionId, to }: DiffRequest): DiffReply {
  try {
    const older = parse(before);
    const newer = parse(after);
    const tooLarge = diffTooLarge(older, newer);
    if (tooLarge) return { id, ok: false, error: tooLarge };
    const body: VersionDiff = { fromVersionId, to, sections: diffDocuments(older, newer) };
    return { id, ok: true, json: JSON.stringify(body) };
  } catch (error) {
    return { id, ok: false, error: `diff failed: ${String(error)}`, failed: true };
  }
}

/**
 * On Linux each thread has its own nice value: this one gets the lowest priority, so that on a
 * busy machine the event-loop thread, which serves every room, always wins the CPU over a
 * diff. `/proc/thread-self` names this thread's id; elsewhere the worker keeps the default.
 */
function yieldToTheEventLoop(): void {
  try {
    const tid = Number(readlinkSync("/proc/thread-self").split("/").at(-1));
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, constants.priority.PRIORITY_LOW);
  } catch {
    // Not Linux, or not allowed: the diff still runs off the event loop.
  }
}

yieldToTheEventLoop();
parentPort?.on("message", (request: DiffRequest) => parentPort?.postMessage(answer(request)));
