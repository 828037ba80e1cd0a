/**
 * A polite live region per widget: results of saving, filtering and validating are announced to screen
 * readers without moving focus (docs/quality.md A12). The region is in the DOM from the first render (a region
 * added together with its text is often not read), and each announcement replaces its node, so the same
 * words said twice are read twice.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";

type Announce = (message: string) => void;

const AnnounceContext = createContext<Announce | null>(null);

/**
 * Gives the components below it an `announce` function and renders the live region they speak through.
 * Every kit widget has one (through `Widget`); a host needs it only around its own components.
 *
 * @example
 * <LiveRegionProvider><MyFilter /></LiveRegionProvider>
 */
export function LiveRegionProvider({ children }: { readonly children: ReactNode }) {
  const [announcement, setAnnouncement] = useState<{ readonly id: number; readonly message: string } | null>(null);
  const announce = useCallback<Announce>(
    (message) => setAnnouncement((previous) => ({ id: (previous?.id ?? 0) + 1, message })),
    [],
  );
  const value = useMemo(() => announce, [announce]);
  return (
    <AnnounceContext.Provider value={value}>
      {children}
      <div className="sl-visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-sl-live-region="">
        {announcement === null ? null : <span key={announcement.id}>{announcement.message}</span>}
      </div>
    </AnnounceContext.Provider>
  );
}

const silent: Announce = () => undefined;

/**
 * The nearest live region's `announce(message)`. Outside any `LiveRegionProvider` it does nothing, so a
 * component never fails for want of one.
 *
 * @example
 * const announce = useAnnounce();
 * announce("12 av 300 rader visas.");
 */
export function useAnnounce(): Announce {
  return useContext(AnnounceContext) ?? silent;
}
