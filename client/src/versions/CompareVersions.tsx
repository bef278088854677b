import type { LineChange, VersionDiff, VersionSummary } from "@tavolo/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiForm } from "../forms/useApiForm.ts";
import { versionsApi } from "./versionsApi.ts";

/** The changed lines, each with a stable key: its kind, text and how many times it came before. */
function keyed(lines: readonly LineChange[]): { key: string; line: LineChange }[] {
  const seen = new Map<string, number>();
  return lines
    .filter((line) => line.kind !== "same")
    .map((line) => {
      const base = `${line.kind}:${line.text}`;
      const nth = (seen.get(base) ?? 0) + 1;
      seen.set(base, nth);
      return { key: `${base}:${nth}`, line };
    });
}

/**
 * An added line; when it replaces a removed one, the words it brings in are in bold, so the
 * change within a long line shows at a glance.
 */
function AddedLine({ line }: { line: LineChange }) {
  if (!line.words) return <ins>+ {line.text}</ins>;
  let offset = 0;
  const parts = line.words
    .filter((word) => word.kind !== "removed")
    .map((word) => {
      const key = offset;
      offset += word.text.length;
      return word.kind === "added" ? <strong key={key}>{word.text}</strong> : word.text;
    });
  return <ins>+ {parts}</ins>;
}

/** Pick a version and a later one (or the draft): the sections that changed, line by line. */
export function CompareVersions({ versions }: { versions: readonly VersionSummary[] }) {
  const { t } = useTranslation();
  const form = useApiForm<HTMLParagraphElement>();
  const [from, setFrom] = useState(versions.at(-1)?.id ?? "");
  const [to, setTo] = useState("draft");
  const [diff, setDiff] = useState<VersionDiff | null>(null);
  if (versions.length === 0) return null;
  const compare = async (event: React.FormEvent) => {
    event.preventDefault();
    await form.run(async () => setDiff(await versionsApi.diff(from, to)));
  };
  const changed = diff?.sections.filter((section) => section.status !== "same") ?? [];
  const option = (v: VersionSummary) => (
    <option key={v.id} value={v.id}>
      {t("versions.compare.version", { number: v.number, label: v.label })}
    </option>
  );
  return (
    <section className="tavolo-compare mb-4" aria-labelledby="compare-title">
      <h2 id="compare-title" className="h4">
        {t("versions.compare.title")}
      </h2>
      <form className="d-flex flex-wrap gap-3 align-items-end" onSubmit={compare}>
        <div className="select-wrapper">
          <label htmlFor="compare-from">{t("versions.compare.from")}</label>
          <select id="compare-from" value={from} onChange={(e) => setFrom(e.target.value)}>
            {versions.map(option)}
          </select>
        </div>
        <div className="select-wrapper">
          <label htmlFor="compare-to">{t("versions.compare.to")}</label>
          <select id="compare-to" value={to} onChange={(e) => setTo(e.target.value)}>
            <option value="draft">{t("versions.compare.draft")}</option>
            {versions.map(option)}
          </select>
        </div>
        <button type="submit" className="btn btn-outline-primary" disabled={form.busy}>
          {t("versions.compare.submit")}
        </button>
      </form>
      {form.errors[""] && (
        <p ref={form.focusTarget} tabIndex={-1} className="alert alert-danger mt-2">
          {form.errors[""]}
        </p>
      )}
      <div role="status" className="mt-3" data-testid="compare-result">
        {diff && changed.length === 0 && <p>{t("versions.compare.same")}</p>}
        {changed.map((section) => (
          <article key={`${section.sectionKey}`} className="tavolo-diff mb-3">
            <h3 className="h5">
              {section.title} — {t(`versions.compare.status.${section.status}`)}
            </h3>
            {section.blocksChanged.length > 0 && <p>{t("versions.compare.tableChanged")}</p>}
            <ul className="list-unstyled">
              {keyed(section.lines).map(({ key, line }) =>
                line.kind === "added" ? (
                  <li key={key}>
                    <AddedLine line={line} />
                  </li>
                ) : (
                  <li key={key}>
                    <del>− {line.text}</del>
                  </li>
                ),
              )}
            </ul>
          </article>
        ))}
      </div>
    </section>
  );
}
