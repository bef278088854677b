import { NodeViewContent, type NodeViewProps, NodeViewWrapper } from "@tiptap/react";
import { SectionBadges } from "./SectionBadges.tsx";

/**
 * A section's heading (h2) with its margin: who writes it and how long it is against the
 * call's limit. The badges are outside the editable text.
 */
export function SectionHeadingView({ node }: NodeViewProps) {
  const key: unknown = node.attrs.sectionKey;
  const sectionKey = typeof key === "string" ? key : "";
  return (
    <NodeViewWrapper className="tavolo-doc-section" data-section-key={sectionKey}>
      <NodeViewContent<"h2"> as="h2" className="tavolo-doc-section__title" />
      <SectionBadges sectionKey={sectionKey} title={node.textContent} />
    </NodeViewWrapper>
  );
}
