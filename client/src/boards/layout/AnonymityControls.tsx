import { readAnonymity, writeAnonymity } from "@tavolo/shared";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { useBoard } from "../boardContext.ts";
import { useDocValue } from "../yHooks.ts";

const read = (control: Y.Doc) => {
  const anonymity = readAnonymity(control);
  return { active: anonymity?.active ?? false, keepAfter: anonymity?.keepAfter ?? false };
};

/**
 * Anonymous mode for the activity, and whether names stay hidden after it (exports included).
 * In the control room: only a facilitator can switch it.
 */
export function AnonymityControls() {
  const { t } = useTranslation();
  const id = useId();
  const control = useBoard().rooms.control.doc;
  const mode = useDocValue(control, read);
  const write = (next: { active: boolean; keepAfter: boolean }) =>
    writeAnonymity(control, next, Date.now());
  return (
    <span className="tavolo-toolbar__group">
      <button
        type="button"
        className="btn btn-sm btn-outline-primary"
        aria-pressed={mode.active}
        onClick={() => write({ ...mode, active: !mode.active })}
      >
        {t("boards.anonymity.toggle")}
      </button>
      <span className="form-check mb-0">
        <input
          id={`${id}-after`}
          type="checkbox"
          className="form-check-input"
          checked={mode.keepAfter}
          onChange={(event) => write({ ...mode, keepAfter: event.target.checked })}
        />
        <label className="form-check-label tavolo-toolbar__label" htmlFor={`${id}-after`}>
          {t("boards.anonymity.keepAfter")}
        </label>
      </span>
    </span>
  );
}
