import * as Y from "yjs";

/** Notes others added, changed and deleted since the last announcement. */
export interface EditCounts {
  added: number;
  changed: number;
  removed: number;
}

/**
 * Collects what other people do to the notes between two announcements: a note is counted once
 * whatever number of fields changed, and a note added then edited counts as added.
 */
export class EditTally {
  private readonly added = new Set<string>();
  private readonly changed = new Set<string>();
  private readonly removed = new Set<string>();

  /** Records one observeDeep batch of the notes map; local edits are not announced. */
  record(events: readonly Y.YEvent<Y.AbstractType<unknown>>[], local: boolean): void {
    if (local) return;
    for (const event of events) {
      if (event.path.length === 0 && event.target instanceof Y.Map) {
        for (const [id, change] of event.changes.keys) {
          if (change.action === "add") this.added.add(id);
          else if (change.action === "delete") this.removed.add(id);
          else this.changed.add(id);
        }
        continue;
      }
      const id = event.path[0];
      if (typeof id === "string" && !this.added.has(id)) this.changed.add(id);
    }
  }

  /** What was collected, emptying the tally; null when there is nothing to say. */
  take(): EditCounts | null {
    const counts = {
      added: this.added.size,
      changed: [...this.changed].filter((id) => !this.removed.has(id)).length,
      removed: this.removed.size,
    };
    this.added.clear();
    this.changed.clear();
    this.removed.clear();
    return counts.added + counts.changed + counts.removed > 0 ? counts : null;
  }
}
