import type { Workspace } from "@systemledning/core/workspace";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { loadSample } from "../sample.js";
import { loadKalmarSample } from "../workbook/hosts.js";
import { fakeKoladaFetch } from "../../../tests/fixtures/fake-kolada.js";
import { KoladaFetchHost } from "./hosts.js";

/** The clock of every story, so the time shown never changes. */
const NOW = () => new Date("2026-05-13T07:30:00Z");

/** The fake's values are constructed, so the stories write them with a source that says so. */
const FAKE_SOURCE = {
  name: "Påhittat svar",
  attribution: {
    sv: "Källa: påhittat svar i Kolada-format (inte Kolada)",
    en: "Source: made-up answer in Kolada's shape (not Kolada)",
  },
};

const meta = {
  title: "Follow-up/KoladaFetch",
  component: KoladaFetchHost,
  args: { workspace: loadSample(), fetch: fakeKoladaFetch(), source: FAKE_SOURCE, now: NOW, onSaved: fn() },
  parameters: { layout: "padded" },
} satisfies Meta<typeof KoladaFetchHost>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Dalarna: one indicator has a Kolada id; fetching replaces its sample values and says how many, and when. */
export const Success: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Hämta från Kolada" }));
    await waitFor(() => expect(args.onSaved).toHaveBeenCalled());
    await expect(
      canvas.getByText(/204 värden hämtades .* och ersatte exempelvärdena\./, { selector: "p" }),
    ).toBeVisible();
  },
};

/** A slow Kolada: the progress bar and its text show, and the fetch can be cancelled, changing nothing. */
export const Slow: Story = {
  args: { fetch: fakeKoladaFetch({ delayMs: 60_000 }) },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Hämta från Kolada" }));
    await expect(canvas.getByRole("progressbar", { name: "Hämtning från Kolada" })).toBeVisible();
    await expect(canvas.getByText("0 av 1 indikatorer")).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Avbryt" }));
    await expect(
      await canvas.findByText("Hämtningen avbröts. Inga värden har ändrats.", { selector: "p" }),
    ).toBeVisible();
    await expect(args.onSaved).not.toHaveBeenCalled();
  },
};

/** Kolada answers 503: the error says so, and that nothing was changed. */
export const Failure: Story = {
  args: { fetch: fakeKoladaFetch({ status: 503 }) },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Hämta från Kolada" }));
    const alert = await canvas.findByRole("alert", {}, { timeout: 10_000 });
    await expect(alert).toHaveTextContent(/Hämtningen misslyckades\..*503.*Inga värden har ändrats\./);
    await expect(args.onSaved).not.toHaveBeenCalled();
  },
};

/** Region Kalmar län: its one indicator with a Kolada id, for Kalmar's municipalities. */
export const Kalmar: Story = { args: { workspace: loadKalmarSample() } };

/** No indicator of the profile has a Kolada id: nothing to fetch, and no button. */
export const NoIndicators: Story = {
  args: {
    workspace: ((): Workspace => {
      const ws = loadSample();
      const followUp = ws.profile.followUp!;
      return {
        ...ws,
        profile: {
          ...ws.profile,
          followUp: { ...followUp, indicators: followUp.indicators.filter((i) => i.kolada === undefined) },
        },
      };
    })(),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/det finns inget att hämta/)).toBeVisible();
    await expect(canvas.queryByRole("button", { name: "Hämta från Kolada" })).toBeNull();
  },
};

/** In English. */
export const InEnglish: Story = {
  args: { locale: "en" },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("button", { name: "Fetch from Kolada" })).toBeVisible();
  },
};

/** Dark theme. */
export const Dark: Story = { args: { theme: "dark" } };
