import { ApiRequestError } from "@tavolo/shared";
import type { TFunction } from "i18next";
import { errorsOfFailure } from "../forms/useApiForm.ts";

/**
 * A refused change to someone's membership, in one sentence. On the members routes a 409 only
 * ever means the change would leave the procedure without a facilitator.
 */
export function peopleError(failure: unknown, t: TFunction): string {
  if (failure instanceof ApiRequestError && failure.status === 409) {
    return t("people.errors.lastFacilitator");
  }
  return Object.values(errorsOfFailure(failure, t)).join(" ");
}
