import { blockMap, documentBlocks, type YRecord } from "@tavolo/shared";
import { type NodeViewProps, NodeViewWrapper } from "@tiptap/react";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { useDocumentContext } from "../DocumentContext.tsx";
import { useYSnapshot } from "../useYSnapshot.ts";
import { CronoprogrammaBlock } from "./CronoprogrammaBlock.tsx";
import { PartenariatoBlock } from "./PartenariatoBlock.tsx";
import { PianoEconomicoBlock } from "./PianoEconomicoBlock.tsx";

/**
 * A structured block in the text: the node only says which block (its data lives in the
 * document's `blocks` map), so this view finds the block's map and draws the editor for its type.
 */
export function StructuredBlockView({ node }: NodeViewProps) {
  const { doc } = useDocumentContext();
  const blockId: unknown = node.attrs.blockId;
  const id = typeof blockId === "string" ? blockId : "";
  const read = useCallback(() => blockMap(doc, id), [doc, id]);
  const block = useYSnapshot(documentBlocks(doc), read);
  return (
    <NodeViewWrapper className="tavolo-doc-block" contentEditable={false}>
      <BlockEditor block={block} type={node.attrs.blockType} />
    </NodeViewWrapper>
  );
}

function BlockEditor({ block, type }: { block: YRecord | undefined; type: unknown }) {
  const { t } = useTranslation();
  if (!block || block.get("type") !== type) {
    return <p className="alert alert-warning">{t("documents.blocks.missing")}</p>;
  }
  switch (type) {
    case "cronoprogramma":
      return <CronoprogrammaBlock block={block} />;
    case "pianoEconomico":
      return <PianoEconomicoBlock block={block} />;
    case "partenariato":
      return <PartenariatoBlock block={block} />;
    default:
      return <p className="alert alert-warning">{t("documents.blocks.unknown")}</p>;
  }
}
