/**
 * The worker thread that compares versions (started by `diff-runner.ts`), so that a long diff
 * never holds up the event loop every room and request shares. It receives the two canonical
 * strings and answers the response body, serialised here (a long diff is megabytes of JSON, too
 * much to clone into the main thread or stringify there), or why the documents are too long.
 */
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

parentPort?.on("message", (request: DiffRequest) => parentPort?.postMessage(answer(request)));
