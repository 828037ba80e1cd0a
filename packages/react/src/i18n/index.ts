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
export { KIT_MESSAGE_AREAS, KIT_MESSAGES, type KitMessageKey } from "./messages.js";
export { fillTemplate, type MessageParams } from "./template.js";
export {
  LocaleProvider,
  useKitLocale,
  type KitLocaleTools,
  type KitMessageCatalogue,
  type PrimitiveMessageKey,
  type KitMessageOverrides,
  type LocaleProviderProps,
} from "./locale.js";
