/**
 * The kit's language: a provider for a whole intranet page, a `locale` prop for one widget, and the hook
 * every component reads both through. Swedish is the default.
 */
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { localize } from "@systemledning/core/workspace";
import {
  formatLocaleNumber,
  formatLocalePercent,
  type FormatNumberOptions,
  type KitLocale,
  type KitLocalizedText,
} from "./format.js";
import { PRIMITIVE_MESSAGES } from "../primitives/messages.js";
import type { KitMessageKey } from "./messages.js";
import { fillTemplate, type MessageParams } from "./template.js";

/** Replacements for some of the kit's texts, per key (a county's own word for *delmål*, say). */
export type KitMessageOverrides = Partial<Record<KitMessageKey, KitLocalizedText>>;

interface LocaleContextValue {
  readonly locale: KitLocale;
  readonly messages: KitMessageOverrides;
}

const LocaleContext = createContext<LocaleContextValue>({ locale: "sv", messages: {} });

/** Props of {@link LocaleProvider}. */
export interface LocaleProviderProps {
  /** The language of every kit component below. @default "sv" */
  readonly locale?: KitLocale;
  /** Texts that replace the kit's own, per key. @default those of an enclosing provider, else none */
  readonly messages?: KitMessageOverrides;
  readonly children: ReactNode;
}

/**
 * Sets the language (and any replaced texts) for every kit component below it. A component's own
 * `locale` prop wins over the provider.
 *
 * @example
 * <LocaleProvider locale="en"><DistributionChart result={result} /></LocaleProvider>
 */
export function LocaleProvider({ locale = "sv", messages, children }: LocaleProviderProps) {
  const parent = useContext(LocaleContext);
  const value = useMemo(() => ({ locale, messages: messages ?? parent.messages }), [locale, messages, parent.messages]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

/** A catalogue of kit texts: each key with its Swedish and English words. */
export type KitMessageCatalogue = Readonly<Record<string, KitLocalizedText>>;

/** The keys of the primitives' texts, which every area's components may use. */
export type PrimitiveMessageKey = keyof typeof PRIMITIVE_MESSAGES;

/**
 * What {@link useKitLocale} gives a component: the locale and the kit's formatters bound to it. `TKey` is
 * the keys `t` knows: an area's own and the primitives' (every key of the kit where no area is named).
 */
export interface KitLocaleTools<TKey extends string = KitMessageKey> {
  readonly locale: KitLocale;
  /** A kit text with its `{name}` placeholders filled. */
  readonly t: (key: TKey, params?: MessageParams) => string;
  /** A number for display (one decimal at most unless told otherwise). */
  readonly number: (value: number, options?: FormatNumberOptions) => string;
  /** A share 0–1 as a whole percentage. */
  readonly percent: (share: number) => string;
  /** A profile text in the locale, falling back to Swedish. */
  readonly text: (text: KitLocalizedText) => string;
}

/**
 * The locale of a component (its own `locale` prop, else the nearest {@link LocaleProvider}, else Swedish)
 * and the kit's texts and formatters in it. `t` knows the primitives' texts and those of `catalogue`, the
 * component's area: a component names its area's catalogue, so a bundler carries only the texts of the
 * areas a page shows (docs/decisions/0011-one-catalogue-per-area.md).
 *
 * @example
 * const { t, number } = useKitLocale(props.locale, SCORING_MESSAGES);
 * t("meanMarker", { mean: number(2.83) }) // "Medel 2,8"
 */
export function useKitLocale<TCatalogue extends KitMessageCatalogue = Record<never, KitLocalizedText>>(
  localeProp?: KitLocale | undefined,
  catalogue?: TCatalogue,
): KitLocaleTools<PrimitiveMessageKey | (keyof TCatalogue & string)> {
  const context = useContext(LocaleContext);
  const locale = localeProp ?? context.locale;
  const overrides: Readonly<Partial<Record<string, KitLocalizedText>>> = context.messages;
  return useMemo(
    () => ({
      locale,
      t: (key, params) => {
        // A replacement written only in Swedish does not turn an English widget Swedish: English keeps the kit's text.
        const override = overrides[key];
        const own = catalogue !== undefined && Object.hasOwn(catalogue, key) ? catalogue[key] : undefined;
        const kitText = own ?? PRIMITIVE_MESSAGES[key as PrimitiveMessageKey];
        const text = override !== undefined && (locale === "sv" || override.en !== undefined) ? override : kitText;
        return fillTemplate(localize(text, locale), params);
      },
      number: (value, options) => formatLocaleNumber(value, locale, options),
      percent: (share) => formatLocalePercent(share, locale),
      text: (text) => localize(text, locale),
    }),
    [locale, overrides, catalogue],
  );
}
