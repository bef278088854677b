import { type Point, readNote } from "@tavolo/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useBoard } from "./boardContext.ts";
import { PhotoButton } from "./images/PhotoButton.tsx";
import { useStructureCommands } from "./keyboard/structureCommands.ts";
import { NameForm } from "./NameForm.tsx";
import { useSelection } from "./selection.ts";
import {
  connectNotes,
  createFrame,
  createLabel,
  groupNotes,
  mayConnect,
  mayEdit,
} from "./structureActions.ts";

type Asking = "cluster" | "frame" | "label" | null;

/**
 * Tools that give the board its structure: group the selected notes into a named cluster,
 * connect two selected notes with an arrow; for facilitators, new frames and text labels,
 * placed in the middle of the view. Names are asked in an inline form.
 */
export function StructureToolbar({ centre }: { centre: () => Point }) {
  const { t } = useTranslation();
  const board = useBoard();
  const selection = useSelection(board.selection);
  const [asking, setAsking] = useState<Asking>(null);
  const [message, setMessage] = useState("");
  const selected = [...selection].filter((id) => readNote(board.rooms.board.doc, id));
  const facilitator = mayEdit(board, "frame", "create");
  const button = (label: string, onClick: () => void, disabled: boolean) => (
    <button
      type="button"
      className="btn btn-sm btn-outline-primary"
      onClick={onClick}
      disabled={disabled}
    >
      {label}
    </button>
  );
  const mayGroup = selected.length > 0 && mayEdit(board, "note", "move");
  const connect = () => {
    const [from, to] = selected;
    if (from && to && connectNotes(board, from, to)) setMessage(t("boards.structure.connected"));
  };
  useStructureCommands((command) => {
    if (command === "group" && mayGroup) setAsking("cluster");
    if (command === "connect" && selected.length === 2) connect();
  });
  const submit = (name: string) => {
    if (asking === "cluster" && groupNotes(board, selected, name)) {
      setMessage(t("boards.structure.grouped", { name, count: selected.length }));
    }
    if (asking === "frame") createFrame(board, name, centre());
    if (asking === "label") createLabel(board, name, centre());
    setAsking(null);
  };
  const forms: Record<Exclude<Asking, null>, [string, string]> = {
    cluster: [t("boards.structure.clusterName"), t("boards.structure.createCluster")],
    frame: [t("boards.structure.frameTitle"), t("boards.structure.createFrame")],
    label: [t("boards.structure.labelText"), t("boards.structure.createLabel")],
  };
  return (
    <div className="tavolo-toolbar" role="toolbar" aria-label={t("boards.structure.label")}>
      {button(t("boards.structure.group"), () => setAsking("cluster"), !mayGroup)}
      {button(
        t("boards.structure.connect"),
        connect,
        selected.length !== 2 || !mayConnect(board, "create", selected),
      )}
      {facilitator && (
        <>
          <span className="tavolo-toolbar__sep" />
          {button(t("boards.structure.newFrame"), () => setAsking("frame"), false)}
          {button(t("boards.structure.newLabel"), () => setAsking("label"), false)}
        </>
      )}
      <PhotoButton centre={centre} />
      {asking && (
        <NameForm
          key={asking}
          label={forms[asking][0]}
          submitLabel={forms[asking][1]}
          maxLength={asking === "label" ? 500 : 200}
          onSubmit={submit}
          onCancel={() => setAsking(null)}
        />
      )}
      <span className="visually-hidden" role="status">
        {message}
      </span>
    </div>
  );
}
