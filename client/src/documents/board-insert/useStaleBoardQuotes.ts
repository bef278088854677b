import {
  type BoardExtract,
  currentOutputFor,
  type QuoteStatus,
  quoteStatus,
  readBoardOutputRef,
  readBoardOutputRefs,
  refreshedQuoteList,
} from "@tavolo/shared";
import type { Editor } from "@tiptap/react";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { fetchBoardOutputs } from "./boardOutputsApi.ts";
import {
  findQuotedList,
  type StaleQuoteFlag,
  staleQuoteKey,
  staleQuotePlugin,
} from "./staleQuotePlugin.ts";

/** How often the boards are read again while the document is open. */
const POLL_MS = 30_000;

/** Each referenced board's outputs as last read; a board that failed to load is left out. */
type OutputsByBoard = ReadonlyMap<string, readonly BoardExtract[]>;

/** A quoted list that no longer says what its board says, and why. */
export interface StaleQuote {
  refId: string;
  status: Exclude<QuoteStatus, "current">;
}

/** The quoted lists in the text that are out of date, for the boards that could be read. */
function staleQuotes(editor: Editor, doc: Y.Doc, outputs: OutputsByBoard): StaleQuote[] {
  return readBoardOutputRefs(doc).flatMap((ref) => {
    const boardOutputs = outputs.get(ref.boardId);
    const list = findQuotedList(editor.state.doc, ref.id);
    if (!boardOutputs || !list) return [];
    const status = quoteStatus(list.node.toJSON(), ref, boardOutputs);
    return status === "current" ? [] : [{ refId: ref.id, status }];
  });
}

const key = (quotes: readonly StaleQuote[]) =>
  quotes.map((quote) => `${quote.refId}:${quote.status}`).join();

/**
 * "Le note della lavagna sono cambiate dopo l'inserimento": reads the boards the document quotes
 * when it opens, every 30 seconds and when the window gets the focus back, flags each quoted
 * list that no longer says what its board says, and refreshes one in a single edit (one undo).
 * A list whose output is gone or emptied is flagged without a button: there is nothing to take.
 * Returns the flagged lists, for the page's announcement.
 */
export function useStaleBoardQuotes(
  editor: Editor,
  doc: Y.Doc,
  procedureId: string,
  enabled: boolean,
): StaleQuote[] {
  const { t } = useTranslation();
  const outputs = useRef<OutputsByBoard>(new Map());
  const [stale, setStale] = useState<StaleQuote[]>([]);

  const refresh = useCallback(
    (refId: string) => {
      const ref = readBoardOutputRef(doc, refId);
      const current = ref && currentOutputFor(ref, outputs.current.get(ref.boardId) ?? []);
      const list = findQuotedList(editor.state.doc, refId);
      if (!current || !list || current.items.length === 0) return;
      const range = { from: list.pos, to: list.pos + list.node.nodeSize };
      editor.chain().insertContentAt(range, refreshedQuoteList(refId, current)).run();
    },
    [editor, doc],
  );

  // Compares again with what was last read: after every edit, so a refresh clears its flag.
  const compare = useCallback(() => {
    const next = staleQuotes(editor, doc, outputs.current);
    setStale((previous) => (key(previous) === key(next) ? previous : next));
  }, [editor, doc]);

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    const read = async () => {
      const boards = new Set(readBoardOutputRefs(doc).map((ref) => ref.boardId));
      const fresh = new Map<string, readonly BoardExtract[]>();
      for (const boardId of boards) {
        try {
          fresh.set(boardId, (await fetchBoardOutputs(procedureId, boardId)).outputs);
        } catch {
          // Offline or the board is gone: no flag rather than a wrong one.
        }
      }
      if (!live) return;
      outputs.current = fresh;
      compare();
    };
    void read();
    const timer = window.setInterval(read, POLL_MS);
    window.addEventListener("focus", read);
    editor.on("update", compare);
    return () => {
      live = false;
      window.clearInterval(timer);
      window.removeEventListener("focus", read);
      editor.off("update", compare);
    };
  }, [enabled, editor, doc, procedureId, compare]);

  useEffect(() => {
    editor.registerPlugin(staleQuotePlugin());
    return () => {
      if (!editor.isDestroyed) editor.unregisterPlugin(staleQuoteKey);
    };
  }, [editor]);

  useEffect(() => {
    const flags = new Map<string, StaleQuoteFlag>(
      stale.map(({ refId, status }) => [
        refId,
        status === "changed"
          ? {
              refId,
              status,
              message: t("documents.insertBoard.changed"),
              action: { label: t("documents.insertBoard.refresh"), run: () => refresh(refId) },
            }
          : { refId, status, message: t("documents.insertBoard.gone"), action: null },
      ]),
    );
    if (!editor.isDestroyed) editor.view.dispatch(editor.state.tr.setMeta(staleQuoteKey, flags));
  }, [editor, stale, refresh, t]);

  return stale;
}
