/**
 * The kit's colour theme for a whole page: a provider a host (or Storybook's toolbar) sets once, which every
 * widget below follows unless it is given a `theme` of its own — as {@link LocaleProvider} does for the language.
 */
import { createContext, useContext, type ReactNode } from "react";

/**
 * The colour theme of a widget: `"auto"` follows the system (`prefers-color-scheme`); `"high-contrast"` is a
 * light theme whose text meets 7:1 and whose graphics meet 4.5:1 (WCAG 2.1 1.4.6, docs/quality.md A19).
 */
export type KitTheme = "light" | "dark" | "high-contrast" | "auto";

const ThemeContext = createContext<KitTheme>("auto");

/** Props of {@link ThemeProvider}. */
export interface ThemeProviderProps {
  /** The theme of every kit widget below that names none itself. @default "auto" */
  readonly theme?: KitTheme | undefined;
  readonly children: ReactNode;
}

/**
 * Sets the colour theme for every kit widget below it. A widget's own `theme` prop wins over the provider.
 *
 * @example
 * <ThemeProvider theme="high-contrast"><StructureOverview workspace={workspace} /></ThemeProvider>
 */
export function ThemeProvider({ theme = "auto", children }: ThemeProviderProps) {
  return <ThemeContext.Provider value={theme}>{children}</ThemeContext.Provider>;
}

/**
 * The theme a widget shows: its own `theme` prop, else the nearest {@link ThemeProvider}'s, else `"auto"`.
 *
 * @example
 * const theme = useKitTheme(props.theme); // "dark" under <ThemeProvider theme="dark"> when props.theme is unset
 */
export function useKitTheme(own?: KitTheme): KitTheme {
  const provided = useContext(ThemeContext);
  return own ?? provided;
}

/**
 * @internal The `data-sl-theme` value of a root in `theme`: none for `"auto"`, so the stylesheet follows the system.
 */
export function themeAttribute(theme: KitTheme): Exclude<KitTheme, "auto"> | undefined {
  return theme === "auto" ? undefined : theme;
}
