import { useTranslation } from "react-i18next";
import { Icon, type IconName } from "../layout/Icon.tsx";
import type { RoomStatus } from "../sync/roomStatus.ts";
import { type ConnectionView, type SaveView, viewRoomStatus } from "../sync/roomStatusView.ts";

const CONNECTION_ICONS: Record<ConnectionView, IconName> = {
  connected: "it-wifi",
  connecting: "it-clock",
  offline: "it-warning-circle",
  reconnecting: "it-refresh",
  serverCannotStore: "it-warning-circle",
  refused: "it-ban",
};

const SAVE_ICONS: Record<SaveView, IconName> = {
  loading: "it-clock",
  saving: "it-upload",
  saved: "it-check-circle",
  storing: "it-clock",
  onDevice: "it-upload",
  inMemory: "it-warning-circle",
  unsaved: "it-warning-circle",
};

/**
 * The connection state of a room (note, board, document), announced politely by screen readers
 * when it changes, and where this person's edits are: shown, not announced, since it changes
 * with every pause in typing. Both lines are always there, so nothing below them moves when the
 * state changes.
 */
export function RoomStatusBar({ status }: { status: RoomStatus }) {
  const { t } = useTranslation();
  const view = viewRoomStatus(status);
  const save =
    view.save === "onDevice" && view.pendingEdits > 0
      ? t("note.save.toSend", { count: view.pendingEdits })
      : t(`note.save.${view.save}`);
  return (
    <div className="tavolo-status-frame">
      <div className="tavolo-status">
        <p
          className={`tavolo-status__item tavolo-status__item--${view.connection}`}
          role="status"
          data-testid="connection-status"
        >
          <Icon name={CONNECTION_ICONS[view.connection]} className="icon-sm" />
          <span>{t(`note.connection.${view.connection}`)}</span>
        </p>
        <p
          className={`tavolo-status__item tavolo-status__item--${view.save}`}
          data-testid="save-status"
        >
          <Icon name={SAVE_ICONS[view.save]} className="icon-sm" />
          <span>{save}</span>
        </p>
      </div>
      {status.refusedChange && (
        <p className="tavolo-status__refused" role="alert" data-testid="refused-change">
          <Icon name="it-ban" className="icon-sm" />
          <span>
            {t(`note.refusedChange.${status.refusedChange}`)}. {t("note.refusedChange.reloaded")}
          </span>
        </p>
      )}
    </div>
  );
}
