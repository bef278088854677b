import {
  DOCUMENT_NODE,
  SUGGESTION_MARK,
  type SuggestionAttrs,
  suggestionKindOf,
} from "@tavolo/shared";
import { Extension } from "@tiptap/core";
import { isChangeOrigin } from "@tiptap/extension-collaboration";
import type { Mark, Node as PMNode } from "@tiptap/pm/model";
import {
  type EditorState,
  Plugin,
  PluginKey,
  TextSelection,
  type Transaction,
} from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";

/**
 * Suggestion mode ("Modalità suggerimento"): typing adds text under the person's insertion
 * mark, deleting marks text for deletion (one's own proposed text is really removed), as the
 * server's room rules require of someone who may not write a section directly. Anything else
 * that would change the text (Enter, cut, drop, formatting) is held back while it is on: the
 * server would refuse it.
 */
export interface SuggestionModeOptions {
  /** The person's suggestion attributes for a new suggestion (a fresh id each time). */
  author: () => Omit<SuggestionAttrs, "id" | "createdAt">;
  /** Whether suggestion mode applies at a section (the toggle, or a section not theirs). */
  activeIn: (sectionKey: string | null) => boolean;
}

/** Marks a transaction made by suggestion mode or by settling suggestions: let through. */
export const SUGGESTION_META = "tavoloSuggestion";

const key = new PluginKey("tavoloSuggestionMode");

/** The section key at `pos`: the nearest section heading before it. */
export function sectionAt(doc: PMNode, pos: number): string | null {
  let found: string | null = null;
  doc.forEach((node, offset) => {
    if (offset > pos) return;
    if (node.type.name === DOCUMENT_NODE.sectionHeading) found = String(node.attrs.sectionKey);
  });
  return found;
}

function ownMark(marks: readonly Mark[], kind: "insertion" | "deletion", authorId: string) {
  return marks.find(
    (mark) => suggestionKindOf(mark.type.name) === kind && mark.attrs.authorId === authorId,
  );
}

function newAttrs(options: SuggestionModeOptions): SuggestionAttrs {
  return { ...options.author(), id: crypto.randomUUID(), createdAt: new Date().toISOString() };
}

/** Marks `from`–`to` for deletion; text the person proposed themselves goes for real. */
function suggestDeletion(
  tr: Transaction,
  from: number,
  to: number,
  options: SuggestionModeOptions,
) {
  const { authorId } = options.author();
  const deletion = tr.doc.type.schema.marks[SUGGESTION_MARK.deletion];
  if (!deletion) return;
  const attrs = newAttrs(options);
  const own: [number, number][] = [];
  tr.doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isText) return true;
    const start = Math.max(from, pos);
    const end = Math.min(to, pos + node.nodeSize);
    if (ownMark(node.marks, "insertion", authorId)) own.push([start, end]);
    else if (!node.marks.some((mark) => mark.type === deletion)) {
      tr.addMark(start, end, deletion.create(attrs));
    }
    return false;
  });
  for (const [start, end] of own.reverse()) tr.delete(start, end);
}

/** Inserts `text` at `pos` under the person's insertion mark, continuing a run of theirs. */
function suggestInsertion(
  tr: Transaction,
  pos: number,
  text: string,
  options: SuggestionModeOptions,
) {
  const insertion = tr.doc.type.schema.marks[SUGGESTION_MARK.insertion];
  if (!insertion || text === "") return;
  const $pos = tr.doc.resolve(pos);
  const before = $pos.nodeBefore;
  const previous = before?.isText
    ? ownMark(before.marks, "insertion", options.author().authorId)
    : undefined;
  const attrs = previous ? (previous.attrs as SuggestionAttrs) : newAttrs(options);
  const kept = $pos.marks().filter((mark) => suggestionKindOf(mark.type.name) === null);
  tr.insert(pos, tr.doc.type.schema.text(text, [...kept, insertion.create(attrs)]));
  tr.setSelection(TextSelection.create(tr.doc, pos + text.length));
}

function handleInput(
  view: EditorView,
  from: number,
  to: number,
  text: string,
  options: SuggestionModeOptions,
) {
  const tr = view.state.tr.setMeta(SUGGESTION_META, true);
  if (to > from) suggestDeletion(tr, from, to, options);
  suggestInsertion(tr, tr.mapping.map(to), text, options);
  view.dispatch(tr.scrollIntoView());
  return true;
}

function handleDelete(view: EditorView, forward: boolean, options: SuggestionModeOptions) {
  const { state } = view;
  const { from, to, empty, $from } = state.selection;
  let start = from;
  let end = to;
  if (empty) {
    // Joining paragraphs is structure: in suggestion mode the edge of a paragraph holds.
    if (forward ? $from.parentOffset >= $from.parent.content.size : $from.parentOffset === 0) {
      return true;
    }
    start = forward ? from : from - 1;
    end = forward ? from + 1 : from;
  }
  const tr = state.tr.setMeta(SUGGESTION_META, true);
  suggestDeletion(tr, start, end, options);
  const cursor = forward ? tr.mapping.map(end) : tr.mapping.map(start);
  tr.setSelection(TextSelection.create(tr.doc, cursor));
  view.dispatch(tr.scrollIntoView());
  return true;
}

function activeAt(state: EditorState, options: SuggestionModeOptions): boolean {
  return options.activeIn(sectionAt(state.doc, state.selection.from));
}

export const SuggestionMode = Extension.create<SuggestionModeOptions>({
  name: "tavoloSuggestionMode",
  addOptions: () => ({
    author: () => ({ authorId: "", authorName: "", organisationId: null }),
    activeIn: () => false,
  }),
  addProseMirrorPlugins() {
    const options = this.options;
    return [
      new Plugin({
        key,
        props: {
          handleTextInput: (view, from, to, text) =>
            activeAt(view.state, options) ? handleInput(view, from, to, text, options) : false,
          handleKeyDown: (view, event) => {
            if (!activeAt(view.state, options)) return false;
            if (event.key === "Backspace") return handleDelete(view, false, options);
            if (event.key === "Delete") return handleDelete(view, true, options);
            return false;
          },
          handlePaste: (view, event) => {
            if (!activeAt(view.state, options)) return false;
            const text = event.clipboardData?.getData("text/plain").replace(/\s*\n\s*/g, " ") ?? "";
            const { from, to } = view.state.selection;
            return handleInput(view, from, to, text, options);
          },
          handleDrop: (view) => activeAt(view.state, options),
        },
        // Whatever else would change the text here is held back: the server would refuse it.
        filterTransaction: (tr, state) =>
          !tr.docChanged ||
          isChangeOrigin(tr) ||
          tr.getMeta(SUGGESTION_META) === true ||
          !activeAt(state, options),
      }),
    ];
  },
});
