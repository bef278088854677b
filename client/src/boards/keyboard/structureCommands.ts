import { useEffect, useRef } from "react";

/** What a key on a note can ask of the structure toolbar. */
export type StructureCommand = "group" | "connect";

const EVENT = "tavolo:structure-command";

/**
 * Asks the structure toolbar to group or connect the selected notes, as its buttons do: the key
 * works from the focused note, without tabbing back across every note to reach the toolbar.
 */
export function requestStructure(command: StructureCommand): void {
  window.dispatchEvent(new CustomEvent<StructureCommand>(EVENT, { detail: command }));
}

/** The toolbar's side: runs `handle` for each command a note asks for. */
export function useStructureCommands(handle: (command: StructureCommand) => void): void {
  const latest = useRef(handle);
  latest.current = handle;
  useEffect(() => {
    const listener = (event: Event) => {
      if (!(event instanceof CustomEvent)) return;
      if (event.detail === "group" || event.detail === "connect") latest.current(event.detail);
    };
    window.addEventListener(EVENT, listener);
    return () => window.removeEventListener(EVENT, listener);
  }, []);
}
