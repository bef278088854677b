import type { Member, Organisation } from "@tavolo/shared";
import i18next, { type TFunction } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { it as italian } from "../i18n/it.ts";
import { checkMeeting, emptyMeetingDraft, groupByOrganisation } from "./meetingDraft.ts";

let t: TFunction;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: "it", resources: { it: { translation: italian } } });
  t = i18n.t;
});

const member = (personId: string, organisationId: string | null): Member => ({
  personId,
  displayName: personId,
  role: "referente",
  organisationId,
  joinedAt: "",
});
const organisation = (id: string) => ({ id, name: id }) as Organisation;

describe("checkMeeting", () => {
  it("sends one ISO date with offset and each person present with their organisation", () => {
    const check = checkMeeting(
      {
        ...emptyMeetingDraft(),
        title: "Primo incontro",
        date: "2025-03-12",
        time: "09:30",
        present: ["rita", "elena"],
      },
      [member("elena", null), member("rita", "lanterna"), member("ugo", "lanterna")],
      t,
    );
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.value.date).toMatch(/^2025-03-12T09:30:00[+-]\d{2}:\d{2}$/);
    expect(check.value.attendance).toEqual([
      { personId: "elena", organisationId: null },
      { personId: "rita", organisationId: "lanterna" },
    ]);
  });

  it("asks for the day and the time separately, and for a full web address", () => {
    const check = checkMeeting({ ...emptyMeetingDraft(), title: "Seduta", link: "meet" }, [], t);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors).toEqual({
      date: "Indica il giorno dell'incontro.",
      time: "Indica l'ora di inizio.",
      link: "Scrivi un indirizzo web completo, che inizia con https://",
    });
  });
});

describe("groupByOrganisation", () => {
  it("puts people under their organisation, and those with none last", () => {
    const groups = groupByOrganisation(
      [member("elena", null), member("rita", "lanterna"), member("ugo", "ceas")],
      [organisation("ceas"), organisation("lanterna"), organisation("vuota")],
    );
    expect(
      groups.map((g) => [g.organisation?.id ?? null, g.members.map((m) => m.personId)]),
    ).toEqual([
      ["ceas", ["ugo"]],
      ["lanterna", ["rita"]],
      [null, ["elena"]],
    ]);
  });
});
