import { createHash } from "node:crypto";
import {
  type AgidMetadata,
  AgidMetadataSchema,
  findProposalTemplate,
  type WorkspaceRoom,
} from "@tavolo/shared";
import type { Data, StoredVersion } from "../db/database.ts";
import type { ExportFormat } from "./render.ts";

/** The product version the metadata names (the API's, as the OpenAPI document gives it). */
export const TAVOLO_VERSION = "0.2.0";

const FORMATS: Record<ExportFormat, string> = {
  pdf: "application/pdf (PDF/A-2b)",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  odt: "application/vnd.oasis.opendocument.text",
  md: "text/markdown",
  html: "text/html",
};

/**
 * The facilitators who were members of the procedure when the version was frozen, in the order
 * they joined: read from the membership records, so asking later gives the same answer.
 */
function facilitatorsAt(data: Readonly<Data>, procedureId: string, at: string): string[] {
  return data.memberships
    .filter(
      (m) =>
        m.procedureId === procedureId &&
        m.role === "facilitatore" &&
        m.joinedAt <= at &&
        (m.revokedAt === null || m.revokedAt > at),
    )
    .sort((a, b) => a.joinedAt.localeCompare(b.joinedAt))
    .flatMap((m) => {
      const name = data.people[m.personId]?.displayName;
      return name ? [name] : [];
    });
}

export interface AgidFile {
  format: ExportFormat;
  name: string;
  bytes: Uint8Array;
  signed: boolean;
}

/** Allegato 5's metadata of one exported file of a frozen version, checked by its schema. */
export function agidMetadata(
  data: Readonly<Data>,
  version: StoredVersion,
  room: WorkspaceRoom,
  file: AgidFile,
): AgidMetadata {
  const procedure = data.procedures[version.procedureId];
  const amministrazione = procedure?.amministrazione || "Amministrazione procedente";
  const template = room.templateId ? findProposalTemplate(room.templateId) : undefined;
  const partners = version.organisations.filter((o) => o.type !== "comune");
  const previous = version.previousHash ? `; versione precedente: ${version.previousHash}` : "";
  return AgidMetadataSchema.parse({
    IdDoc: {
      Identificativo: `tavolo:${version.id}:${file.format}`,
      ImprontaCrittograficaDelDocumento: {
        Impronta: createHash("sha256").update(file.bytes).digest("hex"),
        Algoritmo: "SHA-256",
      },
    },
    ModalitaDiFormazione: "a",
    TipologiaDocumentale: template?.label.it ?? "Documento di co-progettazione",
    DatiDiRegistrazione: {
      TipologiaDiFlusso: "I",
      TipoRegistro: "Nessuno",
      DataRegistrazione: version.createdAt,
      NumeroDocumento: `${version.id}-v${version.number}`,
    },
    Soggetti: [
      { Ruolo: "Autore", PAI: { Denominazione: amministrazione } },
      ...facilitatorsAt(data, version.procedureId, version.createdAt).map((name) => ({
        Ruolo: "Autore",
        PF: { Nominativo: name },
      })),
      ...partners.map((o) => ({ Ruolo: "Autore", PG: { Denominazione: o.name } })),
      { Ruolo: "Soggetto che effettua la registrazione", PF: { Nominativo: version.authorName } },
    ],
    ChiaveDescrittiva: {
      Oggetto: `${room.title}, versione ${version.number} «${version.label}» — ${procedure?.title ?? ""}`,
      ParoleChiave: ["co-progettazione", procedure?.legalBasis, procedure?.fundingLine].filter(
        (word): word is string => typeof word === "string" && word.trim() !== "",
      ),
    },
    Allegati: { NumeroAllegati: 0 },
    IdentificativoDelFormato: {
      Formato: FORMATS[file.format],
      ProdottoSoftware: {
        NomeProdotto: "Tavolo",
        VersioneProdotto: TAVOLO_VERSION,
        Produttore: "Tavolo",
      },
    },
    Verifica: {
      FirmatoDigitalmente: file.signed,
      SigillatoElettronicamente: false,
      MarcaturaTemporale: false,
      ConformitaCopieImmagineSuSupportoInformatico: false,
    },
    IdAgg: { TipoAggregazione: "Fascicolo", IdAggregazione: version.procedureId },
    NomeDelDocumento: file.name,
    VersioneDelDocumento: String(version.number),
    Riservato: false,
    Note: `Impronta SHA-256 del testo della versione (forma canonica): ${version.hash}${previous}`,
  });
}
