/**
 * The canvas behind every story in the toolbar's theme: the kit's own tokens (an `sl-root` in the theme of the
 * nearest ThemeProvider) paint the story's background, and in the story view the page's too, so a dark or
 * high-contrast story never sits on a white frame.
 */
import { useLayoutEffect, useRef, type ReactNode } from "react";
import { useKitTheme, type KitTheme } from "@systemledning/react";

const THEMES: readonly KitTheme[] = ["light", "dark", "high-contrast"];

/** The `theme` global as a kit theme: light unless the toolbar names another the kit knows. */
export function storyTheme(global: unknown): KitTheme {
  return THEMES.find((theme) => theme === global) ?? "light";
}

/**
 * A root in the provided theme around a story. With `paintsPage` (the story view, one story in the frame) the
 * page's background takes the root's, so the padding around a padded story is in the theme too.
 */
export function StoryCanvas({ paintsPage, children }: { readonly paintsPage: boolean; readonly children: ReactNode }) {
  const theme = useKitTheme();
  const root = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (!paintsPage || root.current === null) return;
    const body = root.current.ownerDocument.body;
    body.style.backgroundColor = getComputedStyle(root.current).backgroundColor;
    body.style.colorScheme = theme === "dark" ? "dark" : "light";
    return () => {
      body.style.backgroundColor = "";
      body.style.colorScheme = "";
    };
  }, [paintsPage, theme]);
  return (
    <div ref={root} className="sl-root" data-sl-theme={theme === "auto" ? undefined : theme}>
      {children}
    </div>
  );
}
