import { useCallback, useRef, useSyncExternalStore } from "react";

/** A Yjs type, as far as watching it and everything inside it goes. */
export interface DeepObservable {
  observeDeep(handler: () => void): void;
  unobserveDeep(handler: () => void): void;
}

/**
 * A value read from a Yjs type, read again whenever the type or anything inside it changes
 * (locally or from the server), and the same object in between so React re-renders only then.
 * `read` must depend on nothing but `type`: it is not read again when only `read` changes.
 */
export function useYSnapshot<T>(type: DeepObservable | undefined, read: () => T): T {
  const cache = useRef<{ type: unknown; value: T } | null>(null);
  const reader = useRef(read);
  reader.current = read;
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!type) return () => undefined;
      const handler = () => {
        cache.current = null;
        onChange();
      };
      type.observeDeep(handler);
      return () => type.unobserveDeep(handler);
    },
    [type],
  );
  const getSnapshot = useCallback(() => {
    const cached = cache.current;
    if (cached && cached.type === type) return cached.value;
    const fresh = { type, value: reader.current() };
    cache.current = fresh;
    return fresh.value;
  }, [type]);
  return useSyncExternalStore(subscribe, getSnapshot);
}
