import { describe, expect, it } from "vitest";
import { escapeXml, isXmlText, xmlChars } from "./xml-text.ts";

describe("the XML escaper of every export", () => {
  it("escapes markup characters and quotes", () => {
    expect(escapeXml(`<script>"a" & 'b'</script>`)).toBe(
      "&lt;script&gt;&quot;a&quot; &amp; &apos;b&apos;&lt;/script&gt;",
    );
  });

  it("drops control characters XML forbids but keeps tabs, line breaks, accents and emoji", () => {
    expect(escapeXml("a\u0000b\u0007c\td\ne perché \ud800🏠\udfff\ufffe")).toBe(
      "abc\td\ne perché 🏠",
    );
  });

  it("turns Word's vertical tab and form feed into line breaks", () => {
    expect(xmlChars("riga uno\u000Briga due\u000Cpagina")).toBe("riga uno\nriga due\npagina");
  });

  it("leaves only XML 1.0 characters, whatever the input", () => {
    let every = "";
    for (let code = 0; code < 0x10000; code += 1) every += String.fromCharCode(code);
    expect(isXmlText(every)).toBe(false);
    expect(isXmlText(escapeXml(every))).toBe(true);
    expect(isXmlText("Comune di Pero — «casa» 🏠")).toBe(true);
  });
});
