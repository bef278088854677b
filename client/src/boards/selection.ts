import { useCallback, useSyncExternalStore } from "react";

/**
 * The selected notes, outside React state: each note subscribes to whether it is selected, so
 * selecting one note re-renders two components, not the whole board.
 */
export class SelectionStore {
  private ids: ReadonlySet<string> = new Set();
  private readonly listeners = new Set<() => void>();

  get current(): ReadonlySet<string> {
    return this.ids;
  }

  set(ids: Iterable<string>): void {
    this.ids = new Set(ids);
    for (const listener of this.listeners) listener();
  }

  toggle(id: string): void {
    const next = new Set(this.ids);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.set(next);
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
