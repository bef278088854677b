import { useTranslation } from "react-i18next";
import { Icon, type IconName } from "../layout/Icon.tsx";
import type { RoomStatus } from "../sync/roomStatus.ts";

const CONNECTION_ICONS: Record<RoomStatus["connection"], IconName> = {
  connected: "it-wifi",
  connecting: "it-clock",
  disconnected: "it-warning-circle",
};

/**
 * The connection state, announced politely by screen readers when it changes, and whether this
 * tab's edits are stored: shown, not announced, since it changes with every pause in typing.
 */
export function RoomStatusBar({ status }: { status: RoomStatus }) {
  const { t } = useTranslation();
  const save = !status.loaded ? "loading" : status.pendingChanges ? "pending" : "saved";
  return (
    <div className="tavolo-status">
      <p
        className={`tavolo-status__item tavolo-status__item--${status.connection}`}
        role="status"
        data-testid="connection-status"
      >
        <Icon name={CONNECTION_ICONS[status.connection]} className="icon-sm" />
        <span>{t(`note.connection.${status.connection}`)}</span>
        {status.connection === "disconnected" && !status.refused && (
          <span className="tavolo-status__detail">{t("note.connection.retrying")}</span>
        )}
      </p>
      <p className={`tavolo-status__item tavolo-status__item--${save}`} data-testid="save-status">
        <Icon name={save === "saved" ? "it-check-circle" : "it-refresh"} className="icon-sm" />
        <span>{t(`note.save.${save}`)}</span>
      </p>
    </div>
  );
}
