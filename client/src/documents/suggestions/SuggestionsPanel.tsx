import { type PendingSuggestion, type ProposalTemplate, pendingSuggestions } from "@tavolo/shared";
import type { Editor } from "@tiptap/react";
import { useEffect, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useProcedure } from "../../procedure/useProcedure.ts";
import { organisationName } from "../DocumentContext.tsx";
import { settleSuggestions } from "./settleSuggestions.ts";

interface SuggestionsPanelProps {
  editor: Editor;
  template: ProposalTemplate | null;
  editable: boolean;
  /** Whether this person may accept or reject suggestions in a section. */
  canReview: (sectionKey: string | null) => boolean;
}

/** The pending suggestions of the text, kept up to date as people type. */
function usePendingSuggestions(editor: Editor): PendingSuggestion[] {
  const [list, setList] = useState(() => pendingSuggestions(editor.getJSON()));
  useEffect(() => {
    const update = () => setList(pendingSuggestions(editor.getJSON()));
    editor.on("update", update);
    return () => {
      editor.off("update", update);
    };
  }, [editor]);
  return list;
}

/**
 * "Suggerimenti": each pending suggestion with its author, organisation and time, accepted or
 * rejected one by one, or all those of one person, one organisation or one section at once.
 */
export function SuggestionsPanel({ editor, template, editable, canReview }: SuggestionsPanelProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { organisations } = useProcedure();
  const all = usePendingSuggestions(editor);
  const [filter, setFilter] = useState("all");
  const titleOf = (key: string | null) =>
    template?.sections.find((section) => section.key === key)?.title ?? key ?? "—";
  const orgOf = (suggestion: PendingSuggestion) =>
    suggestion.organisationId
      ? (organisationName(organisations, suggestion.organisationId) ?? "—")
      : t("documents.suggestions.noOrganisation");
  const groups = useMemo(() => groupOptions(all), [all]);
  const shown = all.filter((suggestion) => matches(suggestion, filter));
  const reviewable = shown.filter((suggestion) => editable && canReview(suggestion.sectionKey));
  const settle = (list: readonly PendingSuggestion[], accept: boolean) =>
    editor.view.dispatch(settleSuggestions(editor.state, list, accept));
  const time = (iso: string) =>
    new Date(iso).toLocaleString(i18n.language, { dateStyle: "short", timeStyle: "short" });

  return (
    <section className="tavolo-doc-side__panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="h6 tavolo-doc-side__title">
        {t("documents.suggestions.title", { count: all.length })}
      </h2>
      {all.length === 0 ? (
        <p className="small text-body-secondary">{t("documents.suggestions.none")}</p>
      ) : (
        <>
          <label htmlFor={`${id}-filter`} className="form-label small">
            {t("documents.suggestions.filter")}
          </label>
          <select
            id={`${id}-filter`}
            className="form-select form-select-sm mb-2"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
          >
            <option value="all">{t("documents.suggestions.all")}</option>
            {groups.people.map(([personId, name]) => (
              <option key={personId} value={`person:${personId}`}>
                {t("documents.suggestions.byPerson", { name })}
              </option>
            ))}
            {groups.organisations.map((organisationId) => (
              <option key={organisationId} value={`organisation:${organisationId}`}>
                {t("documents.suggestions.byOrganisation", {
                  name: organisationName(organisations, organisationId) ?? "—",
                })}
              </option>
            ))}
            {groups.sections.map((sectionKey) => (
              <option key={sectionKey ?? ""} value={`section:${sectionKey ?? ""}`}>
                {t("documents.suggestions.bySection", { name: titleOf(sectionKey) })}
              </option>
            ))}
          </select>
          {reviewable.length > 0 && (
            <div className="d-flex gap-2 mb-2">
              <button
                type="button"
                className="btn btn-sm btn-success"
                onClick={() => settle(reviewable, true)}
              >
                {t("documents.suggestions.acceptAll", { count: reviewable.length })}
              </button>
              <button
                type="button"
                className="btn btn-sm btn-outline-danger"
                onClick={() => settle(reviewable, false)}
              >
                {t("documents.suggestions.rejectAll", { count: reviewable.length })}
              </button>
            </div>
          )}
          <ul className="list-unstyled tavolo-suggestions">
            {shown.map((suggestion) => (
              <li
                key={`${suggestion.kind}:${suggestion.id}`}
                className="tavolo-suggestion"
                data-testid="suggestion"
              >
                <p className="mb-1">
                  <span
                    className={`badge text-bg-${suggestion.kind === "insertion" ? "success" : "danger"}`}
                  >
                    {t(`documents.suggestions.${suggestion.kind}`)}
                  </span>{" "}
                  <span
                    className={`tavolo-suggestion__text tavolo-suggestion__text--${suggestion.kind}`}
                  >
                    {suggestion.text}
                  </span>
                </p>
                <p className="small text-body-secondary mb-1">
                  {suggestion.authorName} · {orgOf(suggestion)} · {time(suggestion.createdAt)} ·{" "}
                  {String(titleOf(suggestion.sectionKey))}
                </p>
                {editable && canReview(suggestion.sectionKey) && (
                  <div className="d-flex gap-2">
                    <button
                      type="button"
                      className="btn btn-sm btn-outline-success"
                      onClick={() => settle([suggestion], true)}
                    >
                      {t("documents.suggestions.accept")}
                    </button>
                    <button
                      type="button"
                      className="btn btn-sm btn-outline-danger"
                      onClick={() => settle([suggestion], false)}
                    >
                      {t("documents.suggestions.reject")}
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function matches(suggestion: PendingSuggestion, filter: string): boolean {
  const [kind, value] = filter.split(/:(.*)/);
  if (kind === "person") return suggestion.authorId === value;
  if (kind === "organisation") return suggestion.organisationId === value;
  if (kind === "section") return (suggestion.sectionKey ?? "") === value;
  return true;
}

function groupOptions(all: readonly PendingSuggestion[]) {
  const people = new Map<string, string>();
  const organisations = new Set<string>();
  const sections = new Set<string | null>();
  for (const suggestion of all) {
    people.set(suggestion.authorId, suggestion.authorName);
    if (suggestion.organisationId) organisations.add(suggestion.organisationId);
    sections.add(suggestion.sectionKey);
  }
  return { people: [...people], organisations: [...organisations], sections: [...sections] };
}
