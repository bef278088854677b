import { useCallback, useSyncExternalStore } from "react";

/**
 * The selected notes, outside React state: each note subscribes to whether it is selected, so
 * selecting one note re-renders two components, not the whole board.
 *
 * A selection is either one note that merely has focus (Tab moves it along) or notes picked on
 * purpose (Space, Shift+click): a picked selection survives Tab, so a keyboard user can pick
 * notes one by one and then reach Raggruppa or Collega.
 */
export class SelectionStore {
  private ids: ReadonlySet<string> = new Set();
  private picked = false;
  private readonly listeners = new Set<() => void>();

  get current(): ReadonlySet<string> {
    return this.ids;
  }

  /** Whether the selection was picked on purpose (and so stays while focus moves). */
  get isPicked(): boolean {
    return this.picked && this.ids.size > 0;
  }

  set(ids: Iterable<string>): void {
    this.replace(ids, false);
  }

  /**
   * Takes a picked note out of the selection, or adds the note and makes the selection picked:
   * Space on the note Tab just selected keeps it (and picks it) rather than dropping it.
   */
  toggle(id: string): void {
    const next = new Set(this.ids);
    if (this.isPicked && next.has(id)) next.delete(id);
    else next.add(id);
    this.replace(next, true);
  }

  /** A note took focus: it becomes the selection unless notes were picked on purpose. */
  follow(id: string): void {
    if (!this.isPicked) this.set([id]);
  }

  private replace(ids: Iterable<string>, picked: boolean): void {
    this.ids = new Set(ids);
    this.picked = picked;
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

export function useIsSelected(store: SelectionStore, id: string): boolean {
  const get = useCallback(() => store.current.has(id), [store, id]);
  return useSyncExternalStore(store.subscribe, get);
}

export function useSelection(store: SelectionStore): ReadonlySet<string> {
  return useSyncExternalStore(store.subscribe, () => store.current);
}
