import { RESOURCE_KIND_LABELS, ResourceKindSchema } from "@tavolo/shared";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useLabel } from "../format/language.ts";
import { SelectField, TextField } from "../forms/Field.tsx";
import type { FieldErrors } from "../forms/fieldErrors.ts";
import { Icon } from "../layout/Icon.tsx";
import { emptyResource, type ResourceDraft } from "./organisationDraft.ts";

interface ResourcesEditorProps {
  idOf: (path: string) => string;
  resources: readonly ResourceDraft[];
  onChange: (resources: ResourceDraft[]) => void;
  errors: FieldErrors;
}

/** The rows of resources a partner brings; a new row takes the focus. */
export function ResourcesEditor({ idOf, resources, onChange, errors }: ResourcesEditorProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const added = useRef<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const index = resources.findIndex((resource) => resource.id === added.current);
    if (index >= 0) document.getElementById(idOf(`resources.${index}.kind`))?.focus();
    added.current = null;
  }, [resources, idOf]);

  const update = (index: number, change: Partial<ResourceDraft>) =>
    onChange(resources.map((resource, i) => (i === index ? { ...resource, ...change } : resource)));
  const add = () => {
    const resource = emptyResource();
    added.current = resource.id;
    onChange([...resources, resource]);
  };
  const remove = (index: number) => {
    onChange(resources.filter((_, i) => i !== index));
    addButton.current?.focus();
  };
  const kinds = ResourceKindSchema.options.map((kind) => ({
    value: kind,
    label: label(RESOURCE_KIND_LABELS[kind]),
  }));

  return (
    <fieldset className="tavolo-resources">
      <legend className="h5">{t("partners.resourcesLegend")}</legend>
      <p className="tavolo-field__hint">{t("partners.resourcesHint")}</p>
      {resources.map((resource, index) => {
        const path = (field: string) => `resources.${index}.${field}`;
        return (
          <fieldset key={resource.id} className="tavolo-resource">
            <legend className="tavolo-resource__legend">
              {t("partners.resource.legend", { number: index + 1 })}
            </legend>
            <div className="row">
              <SelectField
                id={idOf(path("kind"))}
                className="col-md-4"
                label={t("partners.resource.kind")}
                value={resource.kind}
                options={kinds}
                onChange={(kind) => update(index, { kind: ResourceKindSchema.parse(kind) })}
                error={errors[path("kind")]}
              />
              <TextField
                id={idOf(path("description"))}
                className="col-md-8"
                label={t("partners.resource.description")}
                value={resource.description}
                onChange={(description) => update(index, { description })}
                error={errors[path("description")]}
                required
              />
            </div>
            <div className="row">
              <TextField
                id={idOf(path("amountCents"))}
                className="col-md-5"
                label={t("partners.resource.amount")}
                hint={t("partners.resource.amountHint")}
                inputMode="decimal"
                value={resource.amount}
                onChange={(amount) => update(index, { amount })}
                error={errors[path("amountCents")]}
              />
            </div>
            <button type="button" className="btn btn-link btn-sm p-0" onClick={() => remove(index)}>
              {t("partners.resource.remove", { number: index + 1 })}
            </button>
          </fieldset>
        );
      })}
      <button
        ref={addButton}
        type="button"
        className="btn btn-outline-primary btn-sm btn-icon"
        onClick={add}
      >
        <Icon name="it-plus" className="icon-primary icon-sm me-1" />
        <span>{t("partners.resource.add")}</span>
      </button>
    </fieldset>
  );
}
