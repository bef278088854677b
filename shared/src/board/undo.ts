import * as Y from "yjs";
import { boardCollections } from "./board-shape.ts";
import { privateDrafts } from "./private-writing.ts";

/**
 * Undo of one's own changes only. Y.UndoManager records the transactions whose origin is in
 * `trackedOrigins`; remote updates arrive with the provider as origin, and a Y.UndoManager never
 * overwrites a remote change to a map field unless told to (`ignoreRemoteMapChanges`). So each
 * client gets a private origin object, runs its edits through `transact`, and its undo reverts
 * exactly those — not a partner's note that arrived meanwhile.
 */
export interface LocalUndo {
  /** The origin of this client's own edits; pass it to nothing else. */
  readonly origin: object;
  readonly undoManager: Y.UndoManager;
  /** Runs `edit` as one undoable step of this client (nested helper transactions join it). */
  transact<T>(edit: () => T): T;
}

type UndoScope = ConstructorParameters<typeof Y.UndoManager>[0];

export interface LocalUndoOptions {
  /** Edits closer together than this (ms) undo as one step, e.g. the keystrokes of a word. */
  captureTimeout?: number;
}

/** An undo manager over `scope` that tracks only the edits made through its `transact`. */
export function createLocalUndo(
  doc: Y.Doc,
  scope: UndoScope,
  options: LocalUndoOptions = {},
): LocalUndo {
  const origin = { localUndo: true };
  const undoManager = new Y.UndoManager(scope, {
    trackedOrigins: new Set([origin]),
    captureTimeout: options.captureTimeout ?? 500,
  });
  return {
    origin,
    undoManager,
    transact: (edit) => doc.transact(() => edit(), origin),
  };
}

/**
 * Undo for a board room: every item collection (notes, frames, labels, connectors, clusters),
 * not the meta map, whose template id must not be undone by someone's Ctrl+Z.
 */
export function createBoardUndo(board: Y.Doc, options?: LocalUndoOptions): LocalUndo {
  return createLocalUndo(board, boardCollections(board), options);
}

/** Undo for the text of one's hidden notes, in one's private room. */
export function createPrivateUndo(privateDoc: Y.Doc, options?: LocalUndoOptions): LocalUndo {
  return createLocalUndo(privateDoc, privateDrafts(privateDoc), options);
}
