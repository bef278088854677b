import { describe, expect, it } from "vitest";
import { insertMention, mentionQueryAt, mentionSuggestions } from "./mentionQuery.ts";

const people = [
  { personId: "p1", name: "Luca Neri" },
  { personId: "p2", name: "Anna Lucarelli" },
  { personId: "p3", name: "Marta Bianchi" },
];

describe("mention autocomplete", () => {
  it("sees an @ being typed, not an e-mail address", () => {
    expect(mentionQueryAt("Chiedo a @Lu", 12)).toEqual({ at: 9, text: "Lu" });
    expect(mentionQueryAt("@", 1)).toEqual({ at: 0, text: "" });
    expect(mentionQueryAt("info@comune.it", 14)).toBeNull();
  });

  it("suggests names that start with the query first", () => {
    const query = { at: 0, text: "lu" };
    expect(mentionSuggestions(people, query).map((person) => person.personId)).toEqual([
      "p1",
      "p2",
    ]);
    expect(mentionSuggestions(people, { at: 0, text: "" })).toHaveLength(3);
  });

  it("replaces the query with the full name", () => {
    const value = "Chiedo a @Lu grazie";
    expect(
      insertMention(value, 12, { at: 9, text: "Lu" }, { personId: "p1", name: "Luca Neri" }),
    ).toEqual({
      value: "Chiedo a @Luca Neri  grazie",
      caret: 20,
    });
  });
});
