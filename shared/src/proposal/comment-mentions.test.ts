import { describe, expect, it } from "vitest";
import { commentSegments, parseMentions } from "./comment-mentions.ts";

const people = [
  { personId: "p1", name: "Anna Maria Rossi" },
  { personId: "p2", name: "Anna Maria" },
  { personId: "p3", name: "Luca Neri" },
];

describe("mentions", () => {
  it("finds each mentioned member once, longest name first, in order of appearance", () => {
    const body = "@luca neri e @Anna Maria Rossi, poi di nuovo @Luca Neri e @Anna Maria.";
    expect(parseMentions(body, people)).toEqual([
      { personId: "p3", name: "Luca Neri" },
      { personId: "p1", name: "Anna Maria Rossi" },
      { personId: "p2", name: "Anna Maria" },
    ]);
  });

  it("ignores an @ that names nobody, or a name that goes on", () => {
    expect(parseMentions("scrivere a info@comune.it o @Lucia", people)).toEqual([]);
    expect(parseMentions("@Luca Nerini", people)).toEqual([]);
  });

  it("cuts the text into plain pieces and mentions", () => {
    expect(
      commentSegments("Ciao @Luca Neri, grazie", [{ personId: "p3", name: "Luca Neri" }]),
    ).toEqual([
      { kind: "text", text: "Ciao " },
      { kind: "mention", text: "@Luca Neri", personId: "p3" },
      { kind: "text", text: ", grazie" },
    ]);
  });
});
