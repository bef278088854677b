import { ApiRequestError } from "@tavolo/shared";
import type { TFunction } from "i18next";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type FieldErrors, splitServerErrors } from "./fieldErrors.ts";

/** Why a request failed, in the interface language: a 400's "field: message" lines by field. */
export function errorsOfFailure(error: unknown, t: TFunction): FieldErrors {
  if (error instanceof ApiRequestError) {
    if (error.status === 400) return splitServerErrors(error.message);
    return { "": describeRefusal(error, t) };
  }
  return { "": t("forms.errors.network") };
}

/** A refusal other than bad input, as one sentence. */
export function describeRefusal(error: ApiRequestError, t: TFunction): string {
  switch (error.status) {
    case 401:
      return t("forms.errors.noSession");
    case 403:
      return t("forms.errors.forbidden");
    case 404:
      return t("forms.errors.notFound");
    default:
      return error.message;
  }
}

/**
 * The state of a form that sends to the API: its errors, whether it is sending, and a ref for
 * what gets the focus each time a submit is refused: the error summary, or the one field of a
 * one-field form (whose error it announces through `aria-describedby`).
 */
export function useApiForm<Target extends HTMLElement = HTMLDivElement>() {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [refusals, setRefusals] = useState(0);
  const focusTarget = useRef<Target>(null);

  useEffect(() => {
    if (refusals > 0) focusTarget.current?.focus();
  }, [refusals]);

  const fail = useCallback((next: FieldErrors) => {
    setErrors(next);
    setRefusals((count) => count + 1);
  }, []);

  /**
   * Sends with `action`; a refusal fills the errors, worded by `explain` when it knows the
   * failure, as usual otherwise. Resolves to whether it succeeded; never rejects.
   */
  const run = useCallback(
    async (
      action: () => Promise<void>,
      explain?: (error: unknown) => FieldErrors | undefined,
    ): Promise<boolean> => {
      setBusy(true);
      try {
        await action();
        setErrors({});
        return true;
      } catch (error) {
        fail(explain?.(error) ?? errorsOfFailure(error, t));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [fail, t],
  );

  return { errors, busy, focusTarget, fail, run };
}
