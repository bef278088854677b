import { CreateMeetingSchema, CreateProcedureSchema } from "@tavolo/shared";
import i18next, { type TFunction } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { it as italian } from "../i18n/it.ts";
import { issuesToFieldErrors, splitServerErrors } from "./fieldErrors.ts";

describe("splitServerErrors", () => {
  it("gives each field its own message", () => {
    expect(
      splitServerErrors(
        "title: at least 3 characters; resources.0.amountCents: must not be negative",
      ),
    ).toEqual({
      title: "at least 3 characters",
      "resources.0.amountCents": "must not be negative",
    });
  });

  it("keeps a message that names no field under the empty path", () => {
    expect(splitServerErrors("you are not a member of this procedure")).toEqual({
      "": "you are not a member of this procedure",
    });
  });

  it("joins two messages about the same field", () => {
    expect(splitServerErrors("date: must be a date; date: must be in the future")).toEqual({
      date: "must be a date must be in the future",
    });
  });
});

describe("issuesToFieldErrors", () => {
  let t: TFunction;
  beforeAll(async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: "it", resources: { it: { translation: italian } } });
    t = i18n.t;
  });

  it("words zod's problems in Italian, one per field", () => {
    const result = CreateProcedureSchema.safeParse(
      { title: "  ", amministrazione: "C", ambito: "x".repeat(201) },
      { reportInput: true },
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(issuesToFieldErrors(result.error, t)).toEqual({
      title: "Questo campo è obbligatorio.",
      amministrazione: "Scrivi almeno 2 caratteri.",
      ambito: "Scrivi al massimo 200 caratteri.",
    });
  });

  it("prefers the form's own message for a field when it has one", () => {
    const result = CreateMeetingSchema.safeParse({ title: "Seduta", date: "x", link: "sito" });
    if (result.success) throw new Error("should fail");
    expect(issuesToFieldErrors(result.error, t, { date: "Indica giorno e ora." })).toEqual({
      date: "Indica giorno e ora.",
      link: "Scrivi un indirizzo web completo, che inizia con https://",
    });
  });
});
