/**
 * Subscribe a component to a store and a slice of its snapshot, the way `useSelector` of
 * `@xstate/store-react` does: `useSyncExternalStore` plus a selector whose result is kept while the
 * snapshot (or an equal selection) stays the same, so a component re-renders only when its slice changes.
 */
import { useCallback, useRef, useSyncExternalStore } from "react";

/**
 * The part of a store the hook reads: a synchronous snapshot and a subscription. The core's
 * `WorkspaceStore` (in-memory and IndexedDB) has both; any other store with the same two methods works.
 */
export interface ExternalStore<TSnapshot> {
  /** The current snapshot. Must return the same object until the store changes. */
  getSnapshot(): TSnapshot;
  /** Call `listener` after every change; the returned function unsubscribes. */
  subscribe(listener: () => void): () => void;
}

/** Options of {@link useWorkspaceStore}. */
export interface UseWorkspaceStoreOptions<TSelected> {
  /**
   * Decides whether a new selection equals the previous one; when it does, the previous one is kept
   * and the component does not re-render.
   * @default Object.is
   */
  isEqual?: (previous: TSelected, next: TSelected) => boolean;
}

interface Memo<TSnapshot, TSelected> {
  snapshot: TSnapshot;
  selector: (snapshot: TSnapshot) => TSelected;
  selected: TSelected;
}

/**
 * Read a slice of a store's snapshot and re-render when that slice changes.
 *
 * The selector runs again only when the snapshot or the selector itself changes, so it may derive data
 * (coverage, counts) as long as it is pure; wrap an inline selector in `useCallback` when deriving is
 * costly. A selector that builds a new array or object each time should come with an `isEqual`, or the
 * component re-renders on every store change.
 *
 * @example
 * const leaderships = useWorkspaceStore(store, (snapshot) => snapshot.workspace?.leaderships ?? []);
 */
export function useWorkspaceStore<TSnapshot, TSelected>(
  store: ExternalStore<TSnapshot>,
  selector: (snapshot: TSnapshot) => TSelected,
  options: UseWorkspaceStoreOptions<TSelected> = {},
): TSelected {
  const isEqual = options.isEqual ?? Object.is;
  // The last selection, kept across renders: React asks for the snapshot more than once per render, and a
  // selection that did not change must be the very same value, or the component would render again.
  const memo = useRef<Memo<TSnapshot, TSelected> | null>(null);

  const subscribe = useCallback((listener: () => void) => store.subscribe(listener), [store]);
  // A new selector (an inline one, each render) gives a new getSelection; the memo still answers the same
  // snapshot and selector without deriving again, and keeps an equal selection as the previous value.
  const getSelection = useCallback((): TSelected => {
    const snapshot = store.getSnapshot();
    const previous = memo.current;
    if (previous !== null && Object.is(previous.snapshot, snapshot) && previous.selector === selector) {
      return previous.selected;
    }
    const next = selector(snapshot);
    const selected = previous !== null && isEqual(previous.selected, next) ? previous.selected : next;
    memo.current = { snapshot, selector, selected };
    return selected;
  }, [store, selector, isEqual]);

  return useSyncExternalStore(subscribe, getSelection, getSelection);
}
