import type { ReactNode } from "react";
import { Icon } from "../layout/Icon.tsx";

interface AddableSectionProps {
  /** Id of the add button, where focus returns when the form closes. */
  addId: string;
  title: string;
  intro: string;
  addLabel: string;
  formTitle: string;
  canAdd: boolean;
  adding: boolean;
  onAdd: () => void;
  /** Announced after each action (role="status"). */
  notice: string;
  /** The add form, shown in a card while `adding`. */
  form: ReactNode;
}

/** A section head with its "add" button, the action notice and the add form's card. */
export function AddableSection(props: AddableSectionProps) {
  const formTitleId = `${props.addId}-title`;
  return (
    <>
      <div className="tavolo-section__head">
        <div>
          <h2 className="h3">{props.title}</h2>
          <p className="tavolo-muted">{props.intro}</p>
        </div>
        {props.canAdd && !props.adding && (
          <button
            id={props.addId}
            type="button"
            className="btn btn-primary btn-icon"
            onClick={props.onAdd}
          >
            <Icon name="it-plus" className="icon-white icon-sm me-2" />
            <span>{props.addLabel}</span>
          </button>
        )}
      </div>
      <p role="status" className="tavolo-notice">
        {props.notice}
      </p>
      {props.adding && (
        <section className="card shadow-sm tavolo-card mb-4" aria-labelledby={formTitleId}>
          <div className="card-body">
            <h3 id={formTitleId} className="h4">
              {props.formTitle}
            </h3>
            {props.form}
          </div>
        </section>
      )}
    </>
  );
}
