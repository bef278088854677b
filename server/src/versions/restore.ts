import {
  addBoardOutputRef,
  documentBlocks,
  documentContent,
  readBoardOutputRef,
  readBoardOutputRefs,
} from "@tavolo/shared";
import * as Y from "yjs";

/**
 * Makes the live document's text and tables those of a frozen state, as one ordinary edit that
 * every client receives: the text is replaced by copies of the frozen nodes, each block the
 * frozen text shows is replaced by a copy of its frozen data, and the references of the board
 * outputs it quotes come back if missing. Section assignments and limits
 * (not part of the frozen text) stay as they are now; nothing is lost from history, since the
 * versions themselves never change.
 */
export function restoreInto(live: Y.Doc, frozenState: Uint8Array): void {
  const frozen = new Y.Doc();
  try {
    Y.applyUpdate(frozen, frozenState);
    const nodes = documentContent(frozen)
      .toArray()
      .flatMap((node) =>
        node instanceof Y.XmlElement || node instanceof Y.XmlText ? [node.clone()] : [],
      );
    const blocks = [...documentBlocks(frozen).entries()].flatMap(([id, block]) =>
      block instanceof Y.Map ? [[id, block.clone()] as const] : [],
    );
    live.transact(() => {
      const content = documentContent(live);
      content.delete(0, content.length);
      content.insert(0, nodes);
      const liveBlocks = documentBlocks(live);
      for (const [id, block] of blocks) liveBlocks.set(id, block);
      for (const ref of readBoardOutputRefs(frozen)) {
        if (!readBoardOutputRef(live, ref.id)) addBoardOutputRef(live, ref);
      }
    });
  } finally {
    frozen.destroy();
  }
}
