import { z } from "zod";
import { ImprontaSchema } from "./version.ts";

/**
 * The metadata of a frozen version's exported file as a documento informatico, with the names
 * of Allegato 5 of AgID's "Linee guida sulla formazione, gestione e conservazione dei documenti
 * informatici" (2021), as JSON: what a municipality's records system or conservatore asks when
 * the file is registered. Fields Tavolo cannot know (classificazione, tempo di conservazione,
 * the protocol number) are left to the records system.
 */
const Persona = z.union([
  /** Pubblica amministrazione italiana. */
  z.object({ PAI: z.object({ Denominazione: z.string().min(1) }) }),
  /** Persona giuridica (an ETS, a cooperative). */
  z.object({ PG: z.object({ Denominazione: z.string().min(1) }) }),
  /** Persona fisica, by the name they gave Tavolo. */
  z.object({ PF: z.object({ Nominativo: z.string().min(1) }) }),
]);

export const AgidSoggettoSchema = z.intersection(
  z.object({
    Ruolo: z.enum(["Autore", "Soggetto che effettua la registrazione", "Altro"]),
  }),
  Persona,
);

export const AgidMetadataSchema = z.object({
  IdDoc: z.object({
    /** Unique and persistent: `tavolo:<version id>:<format>`. */
    Identificativo: z.string().regex(/^tavolo:[A-Za-z0-9_-]+:[a-z]+$/),
    ImprontaCrittograficaDelDocumento: z.object({
      /** SHA-256 of the file's bytes, lower-case hex. */
      Impronta: ImprontaSchema,
      Algoritmo: z.literal("SHA-256"),
    }),
  }),
  /** a) created with software that writes interoperable formats (Linee guida, 2.1.1). */
  ModalitaDiFormazione: z.literal("a"),
  TipologiaDocumentale: z.string().min(1),
  DatiDiRegistrazione: z.object({
    /** I: interno (the document is formed by the administration and its partners). */
    TipologiaDiFlusso: z.literal("I"),
    /** Tavolo keeps no protocol register: the records system adds the protocol number. */
    TipoRegistro: z.literal("Nessuno"),
    /** The freeze, ISO 8601 with time zone. */
    DataRegistrazione: z.iso.datetime({ offset: true }),
    NumeroDocumento: z.string().min(1),
  }),
  Soggetti: z.array(AgidSoggettoSchema).min(1),
  ChiaveDescrittiva: z.object({
    Oggetto: z.string().min(1),
    ParoleChiave: z.array(z.string().min(1)),
  }),
  Allegati: z.object({ NumeroAllegati: z.number().int().nonnegative() }),
  IdentificativoDelFormato: z.object({
    /** The MIME type, and for a PDF its PDF/A level. */
    Formato: z.string().min(1),
    ProdottoSoftware: z.object({
      NomeProdotto: z.literal("Tavolo"),
      VersioneProdotto: z.string().min(1),
      Produttore: z.string().min(1),
    }),
  }),
  Verifica: z.object({
    FirmatoDigitalmente: z.boolean(),
    SigillatoElettronicamente: z.boolean(),
    MarcaturaTemporale: z.boolean(),
    ConformitaCopieImmagineSuSupportoInformatico: z.boolean(),
  }),
  /** The procedure's fascicolo in Tavolo. */
  IdAgg: z.object({
    TipoAggregazione: z.literal("Fascicolo"),
    IdAggregazione: z.string().min(1),
  }),
  NomeDelDocumento: z.string().min(1),
  VersioneDelDocumento: z.string().regex(/^[1-9][0-9]*$/),
  Riservato: z.boolean(),
  /** The version's own impronta (of its canonical text) and the previous version's. */
  Note: z.string(),
});
export type AgidMetadata = z.infer<typeof AgidMetadataSchema>;
