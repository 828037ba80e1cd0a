/**
 * The kit's languages: Swedish first, English on request; every text in a catalogue, every number and
 * date through `Intl`.
 * @module
 */
export {
  formatLocaleDate,
  formatLocaleNumber,
  formatLocalePercent,
  INTL_LOCALE,
  type FormatNumberOptions,
  type KitLocale,
  type KitLocalizedText,
} from "./format.js";
export { fillTemplate, KIT_MESSAGE_AREAS, KIT_MESSAGES, type KitMessageKey, type MessageParams } from "./messages.js";
export {
  LocaleProvider,
  useKitLocale,
  type KitLocaleTools,
  type KitMessageOverrides,
  type LocaleProviderProps,
} from "./locale.js";
