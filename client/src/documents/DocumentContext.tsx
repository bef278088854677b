import type { Organisation, ProposalTemplate, SectionMeta } from "@tavolo/shared";
import { createContext, useContext } from "react";
import type * as Y from "yjs";

/** What the editor's node views (sections and structured blocks) need from the page. */
export interface DocumentContextValue {
  doc: Y.Doc;
  template: ProposalTemplate | null;
  procedureId: string;
  /** The server accepts this person's edits (not an observer) and the connection stands. */
  editable: boolean;
  /** Facilitators assign sections to partner organisations. */
  canAssign: boolean;
  organisations: readonly Organisation[];
  myOrganisationId: string | null;
}

/** The state of the sections, which changes as people type: kept apart so blocks ignore it. */
export interface SectionStateValue {
  counts: Readonly<Record<string, number>>;
  meta: Readonly<Record<string, SectionMeta>>;
}

export const DocumentContext = createContext<DocumentContextValue | null>(null);
export const SectionStateContext = createContext<SectionStateValue>({ counts: {}, meta: {} });

export function useDocumentContext(): DocumentContextValue {
  const value = useContext(DocumentContext);
  if (!value) throw new Error("useDocumentContext is only for the document editor's views");
  return value;
}

export function useSectionState(): SectionStateValue {
  return useContext(SectionStateContext);
}

/** An organisation's name, or null when it is no longer one of the procedure's. */
export function organisationName(
  organisations: readonly Organisation[],
  organisationId: string,
): string | null {
  return organisations.find((organisation) => organisation.id === organisationId)?.name ?? null;
}
