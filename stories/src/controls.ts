/**
 * The controls every kit story shares, in words a reader knows: language and theme as choices (left empty, the
 * toolbar's switches decide), and the props no reader can set by hand (data objects, callbacks, classes) hidden.
 */
import type { ArgTypes } from "@storybook/react-vite";

/**
 * A choice of one of a few options as radio buttons, each with the label a reader sees (Storybook's own shape, written
 * once). `labels` is typed by `options`, so an option without a label, or a label for no option, does not compile; the
 * options stay a list of their own because a labels object's keys are strings, and a year offset must stay a number.
 *
 * @example
 * yearsAhead: radioControl("År (yearsAhead)", "Länets år eller nästa.", [0, 1], { 0: "I år", 1: "Nästa år" })
 */
export function radioControl<const T extends string | number>(
  name: string,
  description: string,
  options: readonly T[],
  labels: Readonly<Record<T, string>>,
): ArgTypes[string] {
  return { name, description, control: { type: "radio", labels }, options };
}

/** Hidden from the controls and the docs page's table: a prop a reader cannot set by hand. */
export const HIDDEN = { table: { disable: true } } as const;

/** Language and theme as choices, and the widget props a reader cannot set hidden. */
export const WIDGET_CONTROLS: Partial<ArgTypes> = {
  locale: radioControl(
    "Språk (locale)",
    "Widgetens språk; tomt följer verktygsfältet. / The widget's language; empty follows the toolbar.",
    ["sv", "en"],
    { sv: "Svenska", en: "English" },
  ),
  theme: {
    name: "Tema (theme)",
    description: "Widgetens tema; tomt följer verktygsfältet. / The widget's theme; empty follows the toolbar.",
    control: {
      type: "select",
      labels: { light: "Ljust", dark: "Mörkt", "high-contrast": "Hög kontrast", auto: "Som systemet" },
    },
    options: ["light", "dark", "high-contrast", "auto"],
  },
  className: HIDDEN,
  onError: HIDDEN,
};

/** A heading level as a choice of 2, 3 or 4. */
export const HEADING_LEVEL_CONTROL: Partial<ArgTypes> = {
  headingLevel: {
    name: "Rubriknivå (headingLevel)",
    description: "Nivån på widgetens rubriker. / The level of the widget's headings.",
    control: { type: "radio" },
    options: [2, 3, 4],
  },
};
