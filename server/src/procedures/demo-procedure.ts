import type {
  CreateOrganisation,
  Meeting,
  Organisation,
  Procedure,
  WorkspaceRoom,
} from "@tavolo/shared";
import { CreateOrganisationSchema, CreateProcedureSchema } from "@tavolo/shared";
import { newId } from "../auth/ids.ts";
import type { Data, PersonRecord } from "../db/database.ts";
import { recordAudit } from "./audit.ts";
import { createProcedure } from "./procedures-route.ts";

// Built from the seeds: Padova's PNRR 1.3.2 co-design run with design thinking, and the
// resources partners brought in the Mentana and "Housing Mix" accounts. Fiscal codes other
// than the Comune's are placeholders.
const PROCEDURE = CreateProcedureSchema.parse({
  title: "Centro servizi per il contrasto alla povertà",
  amministrazione: "Comune di Padova",
  ambito: "Ambito territoriale sociale di Padova",
  fundingLine: "PNRR M5C2 1.3.2",
  description:
    "Procedura di esempio. Co-progettazione di un Centro servizi per la grave marginalità: un punto " +
    "unitario di accoglienza, orientamento e presa in carico, con servizi essenziali a bassa soglia.",
});

const PARTNERS: CreateOrganisation[] = [
  {
    name: "Comune di Padova – Settore Servizi sociali",
    type: "comune",
    fiscalCode: "00644060287",
    role: "capofila",
    resources: [
      {
        id: "r1",
        kind: "cofinanziamento",
        description: "Quota PNRR assegnata all'ambito",
        amountCents: 109_000_000,
      },
      {
        id: "r2",
        kind: "immobile",
        description: "Immobile confiscato, 80 mq, da destinare a sportello",
        amountCents: null,
      },
    ],
  },
  {
    name: "Fondazione Nervo Pasini – Cucine Economiche Popolari",
    type: "fondazione",
    fiscalCode: "92000000001",
    role: "partner",
    resources: [
      {
        id: "r1",
        kind: "servizi",
        description: "Mensa e docce a bassa soglia, 7 giorni su 7",
        amountCents: null,
      },
      { id: "r2", kind: "personale", description: "2 educatori part-time", amountCents: 3_600_000 },
    ],
  },
  {
    name: "Cooperativa sociale Giotto",
    type: "cooperativa_sociale",
    fiscalCode: "02000000002",
    role: "partner",
    resources: [
      {
        id: "r1",
        kind: "cofinanziamento",
        description: "Co-finanziamento in denaro",
        amountCents: 1_500_000,
      },
    ],
  },
  {
    name: "Associazione Popoli Insieme",
    type: "associazione",
    fiscalCode: "92000000003",
    role: "partner",
    resources: [
      {
        id: "r1",
        kind: "personale",
        description: "Volontari per l'accoglienza serale",
        amountCents: null,
      },
    ],
  },
];

/** Creates the demo procedure for `person`, as its facilitator; call inside `db.change`. */
export function createDemoProcedure(data: Data, person: PersonRecord): Procedure {
  const procedure = createProcedure(data, person, PROCEDURE);
  procedure.phase = "tavolo";
  procedure.phaseHistory.push({
    phase: "tavolo",
    by: person.id,
    byName: person.displayName,
    at: procedure.createdAt,
  });
  for (const input of PARTNERS) {
    const organisation: Organisation = {
      id: newId(),
      procedureId: procedure.id,
      ...CreateOrganisationSchema.parse(input),
      createdAt: procedure.createdAt,
    };
    data.organisations[organisation.id] = organisation;
  }
  const note: WorkspaceRoom = {
    id: newId(),
    procedureId: procedure.id,
    kind: "nota",
    title: "Appunti condivisi del tavolo",
    documentKey: null,
    meetingId: null,
    createdAt: procedure.createdAt,
    createdBy: person.id,
  };
  data.workspaceRooms[note.id] = note;
  const meeting: Meeting = {
    id: newId(),
    procedureId: procedure.id,
    title: "Primo incontro del tavolo: bisogni e risorse",
    date: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    place: "Sala consiliare, Palazzo Moroni",
    link: "",
    agenda:
      "1. Presentazione dei partner\n2. Mappa dei bisogni e delle risorse\n3. Prime idee sul Centro servizi",
    attendance: [],
    roomIds: [note.id],
    createdAt: procedure.createdAt,
  };
  data.meetings[meeting.id] = meeting;
  recordAudit(data, procedure.id, person, "procedure.demoCreated", { title: procedure.title });
  return procedure;
}
