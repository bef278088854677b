import { BOARD_OUTPUT_ATTR } from "@tavolo/shared";
import type { Node as PMNode } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";

/** A quoted list whose board output changed: what its flag says and what its button does. */
export interface StaleQuoteFlag {
  refId: string;
  status: string;
  message: string;
  /** Null when there is nothing to refresh from (the output is gone from its board). */
  action: { label: string; run: () => void } | null;
}

export const staleQuoteKey = new PluginKey<ReadonlyMap<string, StaleQuoteFlag>>("staleBoardQuotes");

/** Where the quoted list carrying `refId` starts, and the node, or null when it is gone. */
export function findQuotedList(doc: PMNode, refId: string): { pos: number; node: PMNode } | null {
  let found: { pos: number; node: PMNode } | null = null;
  doc.descendants((node, pos) => {
    if (found) return false;
    if (node.attrs[BOARD_OUTPUT_ATTR] === refId) {
      found = { pos, node };
      return false;
    }
    return true;
  });
  return found;
}

function flagElement(flag: StaleQuoteFlag): HTMLElement {
  const box = document.createElement("div");
  box.className = "tavolo-quote-flag";
  box.contentEditable = "false";
  box.setAttribute("role", "group");
  box.setAttribute("aria-label", flag.message);
  const text = document.createElement("span");
  text.textContent = flag.message;
  box.append(text);
  const action = flag.action;
  if (!action) return box;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "btn btn-sm btn-outline-dark";
  button.textContent = action.label;
  button.addEventListener("click", (event) => {
    event.preventDefault();
    action.run();
  });
  box.append(button);
  return box;
}

/**
 * Shows, just before each quoted list the page found out of date, a flag with a real button.
 * The flags are local to this browser (decorations, not text): the page sets them through a
 * transaction meta, and they follow the list as people type around it.
 */
export function staleQuotePlugin(): Plugin {
  return new Plugin<ReadonlyMap<string, StaleQuoteFlag>>({
    key: staleQuoteKey,
    state: {
      init: () => new Map(),
      apply: (tr, flags) => tr.getMeta(staleQuoteKey) ?? flags,
    },
    props: {
      decorations(state) {
        const flags = staleQuoteKey.getState(state);
        if (!flags || flags.size === 0) return DecorationSet.empty;
        const decorations = [...flags.values()].flatMap((flag) => {
          const list = findQuotedList(state.doc, flag.refId);
          if (!list) return [];
          return [
            Decoration.widget(list.pos, () => flagElement(flag), {
              side: -1,
              key: `stale-${flag.refId}-${flag.status}`,
              // The button is not text: ProseMirror leaves its clicks and keys alone.
              stopEvent: () => true,
              ignoreSelection: true,
            }),
          ];
        });
        return DecorationSet.create(state.doc, decorations);
      },
    },
  });
}
