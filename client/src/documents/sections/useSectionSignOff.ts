import { documentSections, type SectionSignOff, type SectionStatus } from "@tavolo/shared";
import { useCallback, useEffect, useMemo, useState } from "react";
import type * as Y from "yjs";
import { sectionStatusApi } from "./sectionStatusApi.ts";

/** How often the matrix is read again while the document is open. */
const POLL_MS = 10_000;

export interface SectionSignOffState {
  /** Null until first read, or when it could not be read. */
  rows: SectionSignOff[] | null;
  failed: boolean;
  move: (sectionKey: string, status: SectionStatus) => Promise<void>;
}

/**
 * The sign-off matrix of a document, kept current: the state lives on the server (a decision
 * recorded with its audit entry, not text in the room), so it is read when the document opens,
 * every 10 seconds, when the window gets the focus back, when a section is assigned, and right
 * after this person moves one.
 */
export function useSectionSignOff(roomId: string, doc: Y.Doc): SectionSignOffState {
  const [rows, setRows] = useState<SectionSignOff[] | null>(null);
  const [failed, setFailed] = useState(false);

  const read = useCallback(async () => {
    try {
      setRows(await sectionStatusApi.list(roomId));
      setFailed(false);
    } catch {
      setFailed(true);
    }
  }, [roomId]);

  useEffect(() => {
    void read();
    const timer = window.setInterval(read, POLL_MS);
    const onFocus = () => void read();
    window.addEventListener("focus", onFocus);
    const sections = documentSections(doc);
    sections.observeDeep(onFocus);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener("focus", onFocus);
      sections.unobserveDeep(onFocus);
    };
  }, [read, doc]);

  const move = useCallback(
    async (sectionKey: string, status: SectionStatus) => {
      try {
        await sectionStatusApi.move(roomId, sectionKey, status);
      } finally {
        await read();
      }
    },
    [roomId, read],
  );

  return { rows, failed, move };
}

/** Each section's state from the matrix (sections not listed yet are in writing). */
export function useSectionStatuses(
  rows: readonly SectionSignOff[] | null,
): Readonly<Record<string, SectionStatus>> {
  return useMemo(
    () => Object.fromEntries((rows ?? []).map((row) => [row.sectionKey, row.status])),
    [rows],
  );
}
