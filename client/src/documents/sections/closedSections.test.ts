import { buildInitialContent, documentSchema, getProposalTemplate } from "@tavolo/shared";
import { EditorState } from "@tiptap/pm/state";
import { describe, expect, it } from "vitest";
import { closedSectionsPlugin, sectionsChanged } from "./closedSections.ts";

const proposal = () =>
  documentSchema().nodeFromJSON(buildInitialContent(getProposalTemplate("proposta-art55")));

/** Where to type in the first paragraph after the heading of section `index`. */
function insideSection(state: EditorState, index: number): number {
  let seen = -1;
  let found = -1;
  state.doc.forEach((node, offset) => {
    if (node.type.name === "sectionHeading") seen += 1;
    else if (found < 0 && seen === index && node.type.name === "paragraph") found = offset + 1;
  });
  return found;
}

describe("closed sections in the editor", () => {
  it("names the section a keystroke falls in", () => {
    const state = EditorState.create({ doc: proposal() });
    const tr = state.tr.insertText("Testo", insideSection(state, 1));
    expect([...sectionsChanged(tr)]).toEqual(["obiettivi"]);
  });

  it("drops a local edit in a closed section and says which, and lets the others through", () => {
    const refused: string[] = [];
    const plugin = closedSectionsPlugin(() => ({
      closed: new Set(["obiettivi"]),
      onRefused: (key) => refused.push(key),
    }));
    const state = EditorState.create({ doc: proposal(), plugins: [plugin] });
    const blocked = state.apply(state.tr.insertText("No", insideSection(state, 1)));
    expect(blocked.doc.eq(state.doc)).toBe(true);
    expect(refused).toEqual(["obiettivi"]);
    const typed = state.applyTransaction(state.tr.insertText("Sì", insideSection(state, 0)));
    expect(typed.state.doc.textContent).toContain("Sì");
  });
});
