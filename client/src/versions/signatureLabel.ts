import type { ApprovalSignatureCheck, ApprovalSignatureStatus } from "@tavolo/shared";
import type { TFunction } from "i18next";

/** "firma valida, passkey": an answer's signature check and how it was confirmed. */
export function signatureLabel(
  t: TFunction,
  check: {
    status: ApprovalSignatureStatus;
    method: ApprovalSignatureCheck["method"];
    acr: string | null;
  },
): string {
  const method = check.method ?? "none";
  const how = t(`versions.approval.method.${method}`);
  const level = check.method === "oidc" && check.acr ? ` (${check.acr})` : "";
  return t("versions.approval.signatureOf", {
    status: t(`versions.approval.signature.${check.status}`),
    method: `${how}${level}`,
  });
}
