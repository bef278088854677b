import { ApiRequestError, CONDITION_LABELS, type Phase, PhaseSchema } from "@tavolo/shared";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/api.ts";
import { useLabel } from "../format/language.ts";
import { SelectField } from "../forms/Field.tsx";
import { useApiForm } from "../forms/useApiForm.ts";
import { useRefresh } from "../procedure/useProcedure.ts";
import { nextPhase, type Step } from "./phaseSteps.ts";

interface PhaseChangeFormProps {
  procedureId: string;
  steps: readonly Step[];
}

/**
 * Facilitators move the procedure to another phase. When the server refuses (409), the error
 * says which conditions are missing, next to the choice, and the choice gets the focus.
 */
export function PhaseChangeForm({ procedureId, steps }: PhaseChangeFormProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const id = useId();
  const refresh = useRefresh();
  const form = useApiForm<HTMLSelectElement>();
  const [chosen, setChosen] = useState("");
  const [done, setDone] = useState("");
  const options = steps
    .filter((step) => step.state !== "current")
    .map(({ definition }) => ({
      value: definition.key,
      label: definition.optional
        ? `${label(definition.label)} (${t("phases.optional")})`
        : label(definition.label),
    }));
  // After a move the chosen phase is the current one: propose the next again.
  const phase = options.some((option) => option.value === chosen)
    ? chosen
    : (nextPhase(steps)?.definition.key ?? "");

  const stepOf = (target: Phase) => steps.find((step) => step.definition.key === target);
  const nameOf = (target: Phase) => {
    const step = stepOf(target);
    return step ? label(step.definition.label) : target;
  };
  /** The conditions the procedure knows are unmet; the server's own words if it knows more. */
  const refusal = (target: Phase, error: ApiRequestError) => {
    const unmet = stepOf(target)?.unmet ?? [];
    const reasons =
      unmet.length > 0
        ? unmet.map((condition) => label(CONDITION_LABELS[condition])).join("; ")
        : error.message.replace(/^phase: /, "");
    return t("phases.change.refused", { phase: nameOf(target), reasons });
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const target = PhaseSchema.safeParse(phase);
    if (!target.success) return;
    setDone("");
    const explain = (error: unknown) =>
      error instanceof ApiRequestError && error.status === 409
        ? { phase: refusal(target.data, error) }
        : undefined;
    void form
      .run(async () => {
        await api.changePhase(procedureId, target.data);
        await refresh();
      }, explain)
      .then((ok) => {
        if (ok) setDone(t("phases.change.done", { phase: nameOf(target.data) }));
      });
  };

  const error = form.errors.phase ?? form.errors[""];
  return (
    <form noValidate onSubmit={submit} className="tavolo-phase-change">
      <h3 className="h5">{t("phases.change.title")}</h3>
      <SelectField
        id={`${id}-phase`}
        label={t("phases.change.label")}
        hint={t("phases.change.hint")}
        value={phase}
        onChange={setChosen}
        options={options}
        error={error}
        selectRef={form.focusTarget}
      />
      <button type="submit" className="btn btn-primary" disabled={form.busy}>
        {t("phases.change.submit")}
      </button>
      <p role="status" className="tavolo-phase-change__done">
        {done}
      </p>
    </form>
  );
}
