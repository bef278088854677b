import { describe, expect, it } from "vitest";
import { textWidth, wrapText } from "./svg-text.ts";

describe("wrapping text", () => {
  const options = { maxWidth: 120, fontSize: 18, maxLines: 10 };

  it("breaks at spaces so that no line is wider than allowed", () => {
    const lines = wrapText("Palazzina di via Roma disponibile per il progetto", options);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(" ")).toBe("Palazzina di via Roma disponibile per il progetto");
    for (const line of lines) expect(textWidth(line, 18)).toBeLessThanOrEqual(120);
  });

  it("keeps the line breaks typed in the note", () => {
    expect(wrapText("uno\ndue", options)).toEqual(["uno", "due"]);
  });

  it("cuts a word too long for one line", () => {
    const lines = wrapText("https://www.comune.esempio.it/casa/alloggi", options);
    expect(lines.join("")).toBe("https://www.comune.esempio.it/casa/alloggi");
    for (const line of lines) expect(textWidth(line, 18)).toBeLessThanOrEqual(120);
  });

  it("ends the last line that fits with an ellipsis when text is left out", () => {
    const lines = wrapText("uno due tre quattro cinque sei sette otto nove dieci undici", {
      ...options,
      maxLines: 2,
    });
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(textWidth(lines[1] ?? "", 18)).toBeLessThanOrEqual(120);
  });
});
