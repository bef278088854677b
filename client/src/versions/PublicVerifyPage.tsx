import { type DragEvent, type FormEvent, useCallback, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { FieldFrame } from "../forms/Field.tsx";
import { usePageTitle } from "../layout/usePageTitle.ts";
import { normaliseHash, type VerifyOutcome, verifyFile, verifyHash } from "./publicVerifyApi.ts";
import { VerifyResult } from "./VerifyResult.tsx";

type State =
  | { kind: "idle" }
  | { kind: "checking" }
  | { kind: "done"; outcome: VerifyOutcome }
  | { kind: "failed"; message: string };

/**
 * "/verifica": anyone, signed in or not, drops a file Tavolo exported (or pastes its SHA-256, or
 * a version's impronta) and learns which version it is and whether it was agreed. The address
 * printed on every export opens this page with `?h=<impronta>`.
 */
export function PublicVerifyPage() {
  const { t } = useTranslation();
  usePageTitle(t("versions.publicVerify.title"));
  const [params] = useSearchParams();
  const [hash, setHash] = useState(params.get("h") ?? "");
  const [state, setState] = useState<State>({ kind: "idle" });
  const [dragging, setDragging] = useState(false);
  const fileId = useId();
  const hashId = useId();
  const [hashError, setHashError] = useState<string | undefined>(undefined);

  const run = useCallback(
    async (check: () => Promise<VerifyOutcome>) => {
      setState({ kind: "checking" });
      try {
        setState({ kind: "done", outcome: await check() });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        setState({ kind: "failed", message: t("versions.publicVerify.failed", { message }) });
      }
    },
    [t],
  );
  const checkHash = useCallback(
    (text: string) => {
      const normal = normaliseHash(text);
      setHashError(normal ? undefined : t("versions.publicVerify.badHash"));
      if (normal) void run(() => verifyHash(normal));
    },
    [run, t],
  );
  const linked = params.get("h");
  useEffect(() => {
    if (linked) checkHash(linked);
  }, [linked, checkHash]);

  const onFile = (file: File | undefined) => {
    if (file) void run(() => verifyFile(file));
  };
  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragging(false);
    onFile(event.dataTransfer.files[0]);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    checkHash(hash);
  };

  return (
    <div className="container tavolo-page">
      <h1 className="tavolo-page__title">{t("versions.publicVerify.title")}</h1>
      <p className="lead">{t("versions.publicVerify.intro")}</p>
      <div className="row g-4">
        <div className="col-lg-6">
          <section
            className={`tavolo-verify__drop card card-bg p-3 h-100 ${dragging ? "border-primary" : ""}`}
            aria-labelledby={`${fileId}-title`}
            onDragOver={(event) => {
              event.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
            data-testid="verify-drop"
          >
            <h2 id={`${fileId}-title`} className="h4">
              {t("versions.publicVerify.fileTitleForm")}
            </h2>
            <p>{t("versions.publicVerify.fileHint")}</p>
            <FieldFrame id={fileId} label={t("versions.publicVerify.fileLabel")}>
              {(aria) => (
                <input
                  {...aria}
                  type="file"
                  className="form-control tavolo-verify__file"
                  accept=".pdf,.docx,.odt,.md,.html,application/pdf"
                  onChange={(event) => onFile(event.target.files?.[0])}
                />
              )}
            </FieldFrame>
          </section>
        </div>
        <div className="col-lg-6">
          <form className="card card-bg p-3 h-100" onSubmit={onSubmit} noValidate>
            <h2 className="h4">{t("versions.publicVerify.hashTitle")}</h2>
            <FieldFrame
              id={hashId}
              label={t("versions.publicVerify.hashLabel")}
              hint={t("versions.publicVerify.hashHint")}
              error={hashError}
            >
              {(aria) => (
                <input
                  {...aria}
                  className={`form-control font-monospace tavolo-verify__hash${hashError ? " is-invalid" : ""}`}
                  value={hash}
                  onChange={(event) => setHash(event.target.value)}
                  autoComplete="off"
                  spellCheck={false}
                />
              )}
            </FieldFrame>
            <button type="submit" className="btn btn-primary align-self-start">
              {t("versions.publicVerify.check")}
            </button>
          </form>
        </div>
      </div>
      <div className="mt-4" aria-live="polite" aria-busy={state.kind === "checking"}>
        {state.kind === "checking" && <p>{t("versions.publicVerify.checking")}</p>}
        {state.kind === "failed" && (
          <p className="alert alert-danger" role="alert">
            {state.message}
          </p>
        )}
        {state.kind === "done" && <VerifyResult outcome={state.outcome} />}
      </div>
      <p className="tavolo-muted mt-4 small">{t("versions.publicVerify.privacy")}</p>
    </div>
  );
}
