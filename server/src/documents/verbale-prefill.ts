import type { Meeting } from "@tavolo/shared";
import type { Data } from "../db/database.ts";

/** The Italian date and time of a meeting, as a verbale states it, in Italy's time zone. */
export function meetingDateIt(iso: string): string {
  const date = new Date(iso);
  const day = new Intl.DateTimeFormat("it-IT", {
    timeZone: "Europe/Rome",
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(date);
  const time = new Intl.DateTimeFormat("it-IT", {
    timeZone: "Europe/Rome",
    hour: "2-digit",
    minute: "2-digit",
  }).format(date);
  return `${day}, ore ${time}`;
}

/**
 * "Ente: Nome, Nome" for each organisation with someone present, in the procedure's order of
 * organisations, then the people who attended for no organisation. Names come from the
 * people's records now: the verbale starts from who was there, and the writer corrects it.
 */
export function attendeesByOrganisation(data: Readonly<Data>, meeting: Meeting): string[] {
  const groups = new Map<string | null, string[]>();
  for (const { personId, organisationId } of meeting.attendance) {
    const name = data.people[personId]?.displayName;
    if (!name) continue;
    const known = organisationId && data.organisations[organisationId] ? organisationId : null;
    groups.set(known, [...(groups.get(known) ?? []), name]);
  }
  const organisations = Object.values(data.organisations)
    .filter((organisation) => groups.has(organisation.id))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const lines = organisations.map(
    (organisation) => `${organisation.name}: ${(groups.get(organisation.id) ?? []).join(", ")}`,
  );
  const unaffiliated = groups.get(null);
  if (unaffiliated) lines.push(`Altri partecipanti: ${unaffiliated.join(", ")}`);
  return lines;
}

/**
 * What the server writes into a new verbale from its meeting, by section key of the
 * verbale-seduta template: when and where, who attended, the agenda. Sections with nothing to
 * say are left out, so they start empty and show their guidance.
 */
export function verbalePrefill(
  data: Readonly<Data>,
  meeting: Meeting,
): Record<string, readonly string[]> {
  const seduta = [
    meeting.title,
    `Data e ora: ${meetingDateIt(meeting.date)}`,
    ...(meeting.place ? [`Luogo: ${meeting.place}`] : []),
    ...(meeting.link ? [`Collegamento: ${meeting.link}`] : []),
  ];
  const presenti = attendeesByOrganisation(data, meeting);
  const agenda = meeting.agenda
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
  return {
    seduta,
    ...(presenti.length > 0 ? { presenti } : {}),
    ...(agenda.length > 0 ? { ordine_del_giorno: agenda } : {}),
  };
}
