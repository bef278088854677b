import {
  type FollowMe,
  followTarget,
  readFollowMe,
  type Viewport,
  viewportOf,
} from "@tavolo/shared";
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { BoardContextValue } from "./boardContext.ts";
import { type PresenceEntry, usePresenceSelection } from "./presence.ts";
import { useDocValue } from "./yHooks.ts";

export interface FollowState {
  followMe: FollowMe;
  leaderId: string | null;
  optedOut: boolean;
  setOptedOut: (value: boolean) => void;
}

const readFollow = (control: import("yjs").Doc) => readFollowMe(control);

/**
 * "Segui me": while a facilitator leads, this screen copies the leader's viewport (from their
 * awareness) unless the person chose to look around on their own.
 */
export function useFollow(
  board: BoardContextValue,
  setViewport: (update: (view: Viewport) => Viewport) => void,
): FollowState {
  const followMe = useDocValue(board.rooms.control.doc, readFollow);
  const [optedOut, setOptedOut] = useState(false);
  const self = { personId: board.info.me.personId, optedOut, chosen: null };
  const leaderId = followTarget(followMe, self);
  const leaderView = useCallback(
    (entries: PresenceEntry[]) => (leaderId ? viewportOf(entries, leaderId) : null),
    [leaderId],
  );
  const target = usePresenceSelection(board.rooms.board.provider.awareness, leaderView);
  useEffect(() => {
    if (target) setViewport(() => target);
  }, [target, setViewport]);
  useEffect(() => {
    const awareness = board.rooms.board.provider.awareness;
    if (awareness.getLocalState()) awareness.setLocalStateField("following", leaderId);
  }, [board, leaderId]);
  useEffect(() => {
    if (!followMe) setOptedOut(false);
  }, [followMe]);
  return { followMe, leaderId, optedOut, setOptedOut };
}

export function FollowBanner({ follow }: { follow: FollowState }) {
  const { t } = useTranslation();
  const { followMe } = follow;
  if (!followMe) return null;
  if (follow.leaderId) {
    return (
      <div className="alert alert-info tavolo-board__banner" role="status">
        {t("boards.follow.following", { name: followMe.leaderName })}{" "}
        <button
          type="button"
          className="btn btn-sm btn-outline-primary"
          onClick={() => follow.setOptedOut(true)}
        >
          {t("boards.follow.stop")}
        </button>
      </div>
    );
  }
  if (!follow.optedOut) return null;
  return (
    <div className="alert alert-secondary tavolo-board__banner" role="status">
      {t("boards.follow.optedOut", { name: followMe.leaderName })}{" "}
      <button
        type="button"
        className="btn btn-sm btn-outline-primary"
        onClick={() => follow.setOptedOut(false)}
      >
        {t("boards.follow.resume")}
      </button>
    </div>
  );
}
