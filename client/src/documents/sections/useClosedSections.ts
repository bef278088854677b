import type { SectionSignOff } from "@tavolo/shared";
import type { Editor } from "@tiptap/react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type ClosedSectionsState,
  closedSectionsKey,
  closedSectionsPlugin,
} from "./closedSections.ts";

/**
 * Keeps the editor out of closed sections and returns what to tell the person when a keystroke
 * was dropped there ("La sezione «…» è chiusa"), cleared by their next accepted edit.
 */
export function useClosedSections(editor: Editor, rows: readonly SectionSignOff[] | null): string {
  const { t } = useTranslation();
  const [notice, setNotice] = useState("");
  const state = useRef<ClosedSectionsState>({ closed: new Set(), onRefused: () => undefined });

  useEffect(() => {
    const all = rows ?? [];
    const closed = new Set(
      all.filter((row) => row.status === "chiusa").map((row) => row.sectionKey),
    );
    state.current = {
      closed,
      onRefused: (key) => {
        const section = all.find((row) => row.sectionKey === key)?.title ?? key;
        setNotice(t("documents.signOff.closedEdit", { section }));
      },
    };
  }, [rows, t]);

  useEffect(() => {
    editor.registerPlugin(closedSectionsPlugin(() => state.current));
    const clear = () => setNotice("");
    editor.on("update", clear);
    return () => {
      editor.off("update", clear);
      if (!editor.isDestroyed) editor.unregisterPlugin(closedSectionsKey);
    };
  }, [editor]);

  return notice;
}
