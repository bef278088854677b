import type { BoardExtract, BoardOutputsResponse } from "@tavolo/shared";
import { useEffect, useState } from "react";
import { fetchBoardOutputs } from "./boardOutputsApi.ts";

/** An output's key among its board's: its source, which is unique on a board. */
export const outputKey = (extract: BoardExtract) => JSON.stringify(extract.source);

export type LoadedOutputs =
  | { state: "loading" }
  | { state: "failed" }
  | { state: "ready"; response: BoardOutputsResponse };

/**
 * The outputs of the chosen board, read again each time the dialog opens or another board is
 * chosen (the board may have changed since), and which one is picked: the first with notes.
 */
export function useBoardOutputs(open: boolean, procedureId: string, boardId: string) {
  const [loaded, setLoaded] = useState<LoadedOutputs>({ state: "loading" });
  const [choice, setChoice] = useState<string | null>(null);
  useEffect(() => {
    if (!open || !boardId) return;
    let current = true;
    setLoaded({ state: "loading" });
    fetchBoardOutputs(procedureId, boardId).then(
      (response) => {
        if (!current) return;
        setLoaded({ state: "ready", response });
        const first = response.outputs.find((output) => output.items.length > 0);
        setChoice(first ? outputKey(first) : null);
      },
      () => {
        if (current) setLoaded({ state: "failed" });
      },
    );
    return () => {
      current = false;
    };
  }, [open, procedureId, boardId]);
  const response = loaded.state === "ready" ? loaded.response : null;
  const chosen = response?.outputs.find((output) => outputKey(output) === choice) ?? null;
  return { loaded, response, chosen, choice, setChoice };
}
