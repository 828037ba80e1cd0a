/**
 * The controls a person can use in the stories (issue 19, part 6): only selects, radios and toggles of simple props,
 * each with a Swedish name and Swedish option labels. Object props (a workspace, a round's result, a graph) are never
 * controls: {@link onlyControls} lists what may show, so everything else stays out of the panel.
 */
import type { ArgTypes } from "@storybook/react-vite";
import { radioControl } from "./controls.js";

type Control = ArgTypes[string];

/** "Diagram" or "Tabell": the view a chart opens in (`defaultView`). */
export const viewControl: Control = radioControl(
  "Visa först",
  "Om figuren öppnas som diagram eller som tabell.",
  ["chart", "table"],
  { chart: "Diagram", table: "Tabell" },
);

/** The heading level of the component's title (`headingLevel`). */
export const headingLevelControl: Control = {
  name: "Rubriknivå",
  description: "Vilken rubriknivå komponentens rubrik får på sidan den placeras på.",
  options: [2, 3, 4],
  control: { type: "select", labels: { 2: "Nivå 2 (h2)", 3: "Nivå 3 (h3)", 4: "Nivå 4 (h4)" } },
};

/** Women, men or everybody (`gender`), where the values are split. */
export const genderControl: Control = radioControl(
  "Kön",
  "Vilka värden som visas där de finns uppdelade på kön.",
  ["T", "K", "M"],
  { T: "Totalt", K: "Kvinnor", M: "Män" },
);

/** A yes/no prop, with its Swedish name and what it does. */
export function toggle(name: string, description: string): Control {
  return { name, description, control: { type: "boolean" } };
}

/** Whether a round's figure shows its coverage and caveat beneath it (`showCoverage`). */
export const coverageControl: Control = toggle(
  "Visa svarsandel",
  "Om svarsandelen och dess förbehåll visas under figuren.",
);

/**
 * A story file's `argTypes` and the `controls` parameter that shows those and nothing else. The filter matches the
 * controls' Swedish names, which is why it is built from them here rather than written by hand.
 */
export function onlyControls(argTypes: Readonly<Record<string, Control>>) {
  return {
    argTypes,
    controls: { include: Object.entries(argTypes).map(([key, argType]) => argType.name ?? key), sort: "none" as const },
  };
}
