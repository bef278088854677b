import { describe, expect, it } from "vitest";
import { DisplayNameSchema } from "../domain/people.ts";
import { nameSchema, normaliseName, WebLinkSchema } from "./text-schemas.ts";

const messages = (value: string) => {
  const result = DisplayNameSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe("names", () => {
  it("are NFC, without format characters, with white space collapsed", () => {
    expect(normaliseName("Facilitatore\u200D")).toBe("Facilitatore");
    expect(normaliseName("  Anna\u00A0\n Rossi\u200B ")).toBe("Anna Rossi");
    expect(normaliseName("Nicolo\u0300")).toBe("Nicolò");
    expect(normaliseName("\u202Eerotatilicaf\u202C")).toBe("erotatilicaf");
    expect(normaliseName("\uFEFFComune di Pero\u00AD")).toBe("Comune di Pero");
  });

  it("of only invisible characters are refused as empty", () => {
    expect(messages("\u200B\u200C\u200D\u2060\uFEFF")).toEqual(["must not be empty"]);
    expect(messages(" \u200B \t ")).toEqual(["must not be empty"]);
  });

  it("are checked for length after normalising", () => {
    expect(messages("A\u200B\u200B\u200B")).toEqual(["at least 2 characters"]);
    expect(DisplayNameSchema.parse("Facilitatore\u200D")).toBe("Facilitatore");
    expect(nameSchema(2, 5).safeParse("abc\u200B\u200B\u200Bd").success).toBe(true);
    expect(nameSchema(2, 5).safeParse("abcdef").success).toBe(false);
  });
});

describe("web links", () => {
  it("accept http and https, or nothing", () => {
    for (const link of ["https://meet.comune.pero.mi.it/seduta-1", "http://intranet/sala", ""]) {
      expect(WebLinkSchema.safeParse(link).success, link).toBe(true);
    }
  });

  it("refuse every other scheme", () => {
    for (const link of [
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "file:///etc/passwd",
      "ftp://comune.it/verbale.pdf",
      "sito del comune",
    ]) {
      expect(WebLinkSchema.safeParse(link).success, link).toBe(false);
    }
  });
});
