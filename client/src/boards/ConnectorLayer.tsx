import { type KeyboardEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useBoard } from "./boardContext.ts";
import { mayConnect, removeConnector } from "./structureActions.ts";
import { type DrawnConnector, useConnectorLines } from "./structureHooks.ts";

const HELP_ID = "tavolo-connector-help";

/**
 * The arrows between notes, in an SVG layer under the notes, recomputed as the notes move. An
 * arrow is focusable: Enter or a click selects it and shows its delete button, Delete removes it.
 */
export function ConnectorLayer() {
  const { t } = useTranslation();
  const board = useBoard();
  const connectors = useConnectorLines(board.rooms.board.doc);
  const [selected, setSelected] = useState<string | null>(null);
  const editable = (connector: DrawnConnector) =>
    mayConnect(board, "delete", [connector.from, connector.to]);
  const chosen = connectors.find((connector) => connector.id === selected) ?? null;
  const remove = (connector: DrawnConnector) => {
    removeConnector(board, connector);
    setSelected(null);
  };
  return (
    <>
      <svg className="tavolo-connectors">
        <title>{t("boards.structure.connectors")}</title>
        <defs>
          <marker
            id="tavolo-arrowhead"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="8"
            markerHeight="8"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" fill="#17324d" />
          </marker>
        </defs>
        {connectors.map((connector) => (
          <ConnectorArrow
            key={connector.id}
            connector={connector}
            selected={connector.id === selected}
            onSelect={() => setSelected(connector.id === selected ? null : connector.id)}
            onDelete={editable(connector) ? () => remove(connector) : null}
          />
        ))}
      </svg>
      <span id={HELP_ID} className="visually-hidden">
        {t("boards.structure.connectorHelp")}
      </span>
      {chosen && editable(chosen) && (
        <button
          type="button"
          className="btn btn-sm btn-danger tavolo-connector-delete"
          style={{
            left: (chosen.line.from.x + chosen.line.to.x) / 2,
            top: (chosen.line.from.y + chosen.line.to.y) / 2,
          }}
          onPointerDown={(event) => event.stopPropagation()}
          onClick={() => remove(chosen)}
        >
          {t("boards.structure.deleteConnector")}
        </button>
      )}
    </>
  );
}

interface ArrowProps {
  connector: DrawnConnector;
  selected: boolean;
  onSelect: () => void;
  onDelete: (() => void) | null;
}

function ConnectorArrow({ connector, selected, onSelect, onDelete }: ArrowProps) {
  const { t } = useTranslation();
  const { from, to } = connector.line;
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    const action =
      event.key === "Enter" || event.key === " "
        ? onSelect
        : event.key === "Delete" || event.key === "Backspace"
          ? onDelete
          : null;
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    action();
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG arrow cannot be an HTML button
    <g
      role="button"
      tabIndex={0}
      aria-pressed={selected}
      aria-label={t("boards.structure.connectorLabel", {
        from: connector.fromText,
        to: connector.toText,
      })}
      aria-describedby={onDelete ? HELP_ID : undefined}
      data-connector-id={connector.id}
      className={`tavolo-connector${selected ? " is-selected" : ""}`}
      onPointerDown={(event) => {
        event.stopPropagation();
        onSelect();
      }}
      onKeyDown={onKeyDown}
    >
      <line className="tavolo-connector__hit" x1={from.x} y1={from.y} x2={to.x} y2={to.y} />
      <line
        className="tavolo-connector__line"
        x1={from.x}
        y1={from.y}
        x2={to.x}
        y2={to.y}
        markerEnd="url(#tavolo-arrowhead)"
      />
    </g>
  );
}
