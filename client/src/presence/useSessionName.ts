import { useEffect, useState } from "react";

/**
 * The display name of the signed-in person (`GET /api/session`), to propose in the name dialog;
 * null without a session or while unknown. Only a suggestion: the person confirms or changes it.
 */
export function useSessionName(enabled: boolean): string | null {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    if (!enabled) return;
    const abort = new AbortController();
    fetch("/api/session", { credentials: "same-origin", signal: abort.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: unknown) => {
        if (typeof body !== "object" || body === null || !("displayName" in body)) return;
        if (typeof body.displayName === "string") setName(body.displayName);
      })
      .catch(() => {
        // No session or no network: the person types their name.
      });
    return () => abort.abort();
  }, [enabled]);
  return name;
}
