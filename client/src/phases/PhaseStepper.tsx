import { CONDITION_LABELS } from "@tavolo/shared";
import { useTranslation } from "react-i18next";
import { useLabel } from "../format/language.ts";
import { Icon } from "../layout/Icon.tsx";
import type { Step, StepDocument } from "./phaseSteps.ts";

/**
 * The phases of the procedure as an ordered list, the current one marked `aria-current="step"`;
 * each with the documents it is expected to leave and how many exist.
 */
export function PhaseStepper({
  steps,
  labelledBy,
}: {
  steps: readonly Step[];
  labelledBy: string;
}) {
  return (
    <ol className="tavolo-stepper" aria-labelledby={labelledBy}>
      {steps.map((step, index) => (
        <PhaseStep key={step.definition.key} step={step} number={index + 1} />
      ))}
    </ol>
  );
}

function PhaseStep({ step, number }: { step: Step; number: number }) {
  const { t } = useTranslation();
  const label = useLabel();
  const { definition, state } = step;
  return (
    <li
      className={`tavolo-stepper__step tavolo-stepper__step--${state}`}
      aria-current={state === "current" ? "step" : undefined}
    >
      <span className="tavolo-stepper__marker" aria-hidden="true">
        {state === "done" ? <Icon name="it-check" className="icon-white icon-sm" /> : number}
      </span>
      <div className="tavolo-stepper__body">
        <h3 className="tavolo-stepper__title">
          {label(definition.label)}
          {definition.optional && (
            <span className="tavolo-stepper__optional">{t("phases.optional")}</span>
          )}
        </h3>
        <p className="tavolo-stepper__state">{t(`phases.state.${state}`)}</p>
        {state !== "skipped" && (
          <ul className="tavolo-stepper__docs" aria-label={t("phases.documentsLabel")}>
            {step.documents.map((document) => (
              <DocumentLine key={document.definition.key} document={document} />
            ))}
          </ul>
        )}
        {state === "upcoming" && step.unmet.length > 0 && (
          <p className="tavolo-stepper__condition">
            <Icon name="it-info-circle" className="icon-sm" />
            <span>
              {t("phases.needs")}{" "}
              {step.unmet.map((unmet) => label(CONDITION_LABELS[unmet])).join("; ")}
            </span>
          </p>
        )}
      </div>
    </li>
  );
}

function DocumentLine({ document }: { document: StepDocument }) {
  const { t } = useTranslation();
  const label = useLabel();
  const perMeeting = document.definition.cardinality === "perMeeting";
  const status = perMeeting
    ? document.expected === 0
      ? t("phases.doc.perMeetingNone")
      : t("phases.doc.count", { present: document.present, expected: document.expected })
    : document.complete
      ? t("phases.doc.present")
      : t("phases.doc.missing");
  return (
    <li className={`tavolo-doc${document.complete ? " tavolo-doc--present" : ""}`}>
      <Icon name={document.complete ? "it-check-circle" : "it-file"} className="icon-sm" />
      <span>
        {label(document.definition.label)}
        {perMeeting && <span className="tavolo-muted"> {t("phases.doc.perMeeting")}</span>}
        {": "}
        <span className="tavolo-doc__status">{status}</span>
      </span>
    </li>
  );
}
