import {
  type CommentThread,
  documentComments,
  isResolved,
  type ProsemirrorMapping,
  rangeFromAnchor,
  readThreads,
  type TextRange,
} from "@tavolo/shared";
import { Extension } from "@tiptap/core";
import type { EditorState, Transaction } from "@tiptap/pm/state";
import { Plugin, PluginKey, TextSelection } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { ySyncPluginKey } from "@tiptap/y-tiptap";
import type * as Y from "yjs";

/** Where each open thread's text lies now; null: its text was deleted. */
export interface CommentHighlightState {
  ranges: ReadonlyMap<string, TextRange | null>;
  activeId: string | null;
  decorations: DecorationSet;
}

interface HighlightMeta {
  refresh?: true;
  activeId?: string | null;
}

export const commentHighlightsKey = new PluginKey<CommentHighlightState>("tavoloComments");

/** The y-tiptap binding, once it has rendered the Yjs text (its mapping is then usable). */
function syncBinding(state: EditorState) {
  const ystate = ySyncPluginKey.getState(state) as
    | { doc?: Y.Doc; type?: Y.XmlFragment; binding?: { mapping: ProsemirrorMapping } | null }
    | undefined;
  if (!ystate?.doc || !ystate.type || !ystate.binding || ystate.binding.mapping.size === 0) {
    return null;
  }
  return { doc: ystate.doc, fragment: ystate.type, mapping: ystate.binding.mapping };
}

function decorate(
  state: EditorState,
  ranges: ReadonlyMap<string, TextRange | null>,
  activeId: string | null,
) {
  const decorations: Decoration[] = [];
  for (const [id, range] of ranges) {
    if (!range) continue;
    const active = id === activeId ? " tavolo-comment-mark--active" : "";
    decorations.push(
      Decoration.inline(range.from, range.to, {
        class: `tavolo-comment-mark${active}`,
        "data-thread-id": id,
      }),
    );
  }
  return DecorationSet.create(state.doc, decorations);
}

/**
 * Reads every open thread's anchor again, through the sync binding's current mapping; null
 * while the binding has not rendered the text (no anchor could be found, none is deleted).
 */
function resolveRanges(state: EditorState, threads: readonly CommentThread[]) {
  const binding = syncBinding(state);
  if (!binding) return null;
  const ranges = new Map<string, TextRange | null>();
  for (const thread of threads) {
    if (isResolved(thread)) continue;
    ranges.set(
      thread.id,
      rangeFromAnchor(binding.doc, binding.fragment, binding.mapping, thread.anchor),
    );
  }
  return ranges;
}

/** After a local edit the mapping lags the text: ranges follow the edit's own step map. */
function mapRanges(tr: Transaction, ranges: ReadonlyMap<string, TextRange | null>) {
  const mapped = new Map<string, TextRange | null>();
  for (const [id, range] of ranges) {
    if (!range) {
      mapped.set(id, null);
      continue;
    }
    const from = tr.mapping.map(range.from, 1);
    const to = tr.mapping.map(range.to, -1);
    mapped.set(id, to > from ? { from, to } : null);
  }
  return mapped;
}

/** The thread whose highlighted text holds `pos`, the shortest one if several overlap. */
export function threadAt(state: EditorState, pos: number): string | null {
  const ranges = commentHighlightsKey.getState(state)?.ranges;
  let best: { id: string; size: number } | null = null;
  for (const [id, range] of ranges ?? []) {
    if (!range || pos < range.from || pos > range.to) continue;
    const size = range.to - range.from;
    if (!best || size < best.size) best = { id, size };
  }
  return best?.id ?? null;
}

export interface CommentHighlightsOptions {
  doc: Y.Doc | null;
  /** A click on highlighted text: the panel shows that thread. */
  onOpenThread: (threadId: string) => void;
  /** Ctrl/Cmd+Alt+M: comment on the selection. */
  onCommentShortcut: () => void;
}

/**
 * Highlights the text of every open comment thread with decorations (nothing is written into
 * the text, so comments stay out of the frozen version). Anchors are read again when the
 * comments change or a remote edit arrives, and mapped through local edits in between, as
 * y-tiptap's own cursor plugin does.
 */
export const CommentHighlights = Extension.create<CommentHighlightsOptions>({
  name: "tavoloComments",
  addOptions: () => ({
    doc: null,
    onOpenThread: () => undefined,
    onCommentShortcut: () => undefined,
  }),
  addKeyboardShortcuts() {
    return {
      "Mod-Alt-m": () => {
        this.options.onCommentShortcut();
        return true;
      },
    };
  },
  addProseMirrorPlugins() {
    const { doc, onOpenThread } = this.options;
    const read = () => (doc ? readThreads(doc) : []);
    return [
      new Plugin<CommentHighlightState>({
        key: commentHighlightsKey,
        state: {
          init: (_, state) => ({
            ranges: new Map(),
            activeId: null,
            decorations: DecorationSet.create(state.doc, []),
          }),
          apply: (tr, previous, _old, state) => {
            const meta = tr.getMeta(commentHighlightsKey) as HighlightMeta | undefined;
            // Remote edits and the binding's first render carry this meta: the mapping is fresh.
            const remote = (tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)
              ?.isChangeOrigin;
            const activeId = meta?.activeId === undefined ? previous.activeId : meta.activeId;
            let ranges = previous.ranges;
            if (meta?.refresh || remote) ranges = resolveRanges(state, read()) ?? previous.ranges;
            else if (tr.docChanged) ranges = mapRanges(tr, ranges);
            if (ranges === previous.ranges && activeId === previous.activeId) return previous;
            return { ranges, activeId, decorations: decorate(state, ranges, activeId) };
          },
        },
        props: {
          decorations: (state) => commentHighlightsKey.getState(state)?.decorations,
          // The caret goes where the click was and the thread lights up, in one transaction:
          // dispatching the highlight later would put back the selection from before the click.
          handleClick: (view, pos) => {
            const id = threadAt(view.state, pos);
            if (!id) return false;
            const { tr } = view.state;
            tr.setSelection(TextSelection.create(tr.doc, pos));
            view.dispatch(tr.setMeta(commentHighlightsKey, { activeId: id }));
            onOpenThread(id);
            return true;
          },
        },
        view: (view) => {
          const refresh = () => {
            if (!view.isDestroyed) {
              view.dispatch(view.state.tr.setMeta(commentHighlightsKey, { refresh: true }));
            }
          };
          const comments = doc && documentComments(doc);
          comments?.observeDeep(refresh);
          // The first read waits for the binding to render the text.
          queueMicrotask(refresh);
          return { destroy: () => comments?.unobserveDeep(refresh) };
        },
      }),
    ];
  },
});

/** Emphasises one thread's highlight (null: none). */
export function setActiveThread(
  view: { state: EditorState; dispatch: (tr: Transaction) => void },
  id: string | null,
) {
  view.dispatch(view.state.tr.setMeta(commentHighlightsKey, { activeId: id }));
}
