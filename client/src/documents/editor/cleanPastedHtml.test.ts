import { describe, expect, it } from "vitest";
import { cleanPastedHtml } from "./cleanPastedHtml.ts";

const WORD_LIST_ITEM =
  "<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>" +
  "<![if !supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span><![endif]>" +
  "40 nuclei in graduatoria<o:p></o:p></p>";

describe("cleanPastedHtml", () => {
  it("drops Word's fake bullets, empty Office tags and conditional comments, keeping the text", () => {
    const pasted = `<!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]-->${WORD_LIST_ITEM}`;
    expect(cleanPastedHtml(pasted)).toBe(
      "<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>" +
        "40 nuclei in graduatoria</p>",
    );
  });

  it("drops style sheets and leaves ordinary HTML as it is", () => {
    const html = "<ul><li><p><strong>Comune</strong> di Pero</p></li></ul>";
    expect(cleanPastedHtml(`<style>p.MsoNormal{margin:0}</style>${html}`)).toBe(html);
  });
});
