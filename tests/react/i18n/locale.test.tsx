// @vitest-environment jsdom
import { cleanup, getDefaultNormalizer, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { LocaleProvider, useKitLocale } from "../../../packages/react/src/i18n/locale.js";
import { KIT_MESSAGES } from "../../../packages/react/src/i18n/messages.js";
import type { KitLocale } from "../../../packages/react/src/i18n/format.js";
import { CoverageBadge } from "../../../packages/react/src/scoring/coverage.js";
import { dalarna2025 } from "../../fixtures/scoring-rounds.js";
import { SCORING_MESSAGES } from "../../../packages/react/src/scoring/messages.js";

afterEach(cleanup);

const NBSP = "\u00a0";

/** Shows what the hook gives, each in its own paragraph. */
function Probe({ locale }: { readonly locale?: KitLocale }) {
  const tools = useKitLocale(locale, SCORING_MESSAGES);
  return (
    <div>
      <p data-testid="locale">{tools.locale}</p>
      <p data-testid="title">
        {tools.t("goalTitle", { number: 1, name: tools.text({ sv: "Nära för mig", en: "Close to me" }) })}
      </p>
      <p data-testid="number">{tools.number(12345.678)}</p>
      <p data-testid="percent">{tools.percent(6 / 13)}</p>
      <p data-testid="table">{tools.t("showTable")}</p>
    </div>
  );
}

const text = (id: string) => screen.getByTestId(id).textContent;

describe("useKitLocale", () => {
  it("is Swedish without a provider or a prop", () => {
    render(<Probe />);
    expect(text("locale")).toBe("sv");
    expect(text("title")).toBe("Delmål 1 – Nära för mig");
    expect(text("number")).toBe(`12${NBSP}345,7`);
    expect(text("percent")).toBe(`46${NBSP}%`);
    expect(text("table")).toBe(KIT_MESSAGES.showTable.sv);
  });

  it("takes the provider's locale", () => {
    render(
      <LocaleProvider locale="en">
        <Probe />
      </LocaleProvider>,
    );
    expect(text("locale")).toBe("en");
    expect(text("title")).toBe("Goal 1 – Close to me");
    expect(text("number")).toBe("12,345.7");
    expect(text("percent")).toBe("46%");
    expect(text("table")).toBe(KIT_MESSAGES.showTable.en);
  });

  it("lets a component's own locale win over the provider's", () => {
    render(
      <LocaleProvider locale="en">
        <Probe locale="sv" />
      </LocaleProvider>,
    );
    expect(text("locale")).toBe("sv");
    expect(text("title")).toBe("Delmål 1 – Nära för mig");
  });

  it("uses a provider's replacement text, with its placeholders filled", () => {
    render(
      <LocaleProvider messages={{ goalTitle: { sv: "Målområde {number}: {name}", en: "Area {number}: {name}" } }}>
        <Probe />
      </LocaleProvider>,
    );
    expect(text("title")).toBe("Målområde 1: Nära för mig");
    // Keys that are not replaced keep the kit's own text.
    expect(text("table")).toBe(KIT_MESSAGES.showTable.sv);
  });

  it("uses the replacement's English in English", () => {
    render(
      <LocaleProvider
        locale="en"
        messages={{ goalTitle: { sv: "Målområde {number}: {name}", en: "Area {number}: {name}" } }}
      >
        <Probe />
      </LocaleProvider>,
    );
    expect(text("title")).toBe("Area 1: Close to me");
  });
});

describe("LocaleProvider", () => {
  it("passes an outer provider's replacements through an inner provider that changes only the locale", () => {
    render(
      <LocaleProvider messages={{ showTable: { sv: "Tabell", en: "Table" } }}>
        <LocaleProvider locale="en">
          <Probe />
        </LocaleProvider>
      </LocaleProvider>,
    );
    expect(text("locale")).toBe("en");
    expect(text("table")).toBe("Table");
  });

  it("lets an inner provider's replacements win over the outer's", () => {
    render(
      <LocaleProvider messages={{ showTable: { sv: "Yttre", en: "Outer" } }}>
        <LocaleProvider messages={{ showTable: { sv: "Inre", en: "Inner" } }}>
          <Probe />
        </LocaleProvider>
      </LocaleProvider>,
    );
    expect(text("table")).toBe("Inre");
  });

  it("sets the language of a kit widget below it, and a widget's locale prop wins", () => {
    const { result } = dalarna2025();
    render(
      <LocaleProvider locale="en">
        <CoverageBadge result={result} />
        <CoverageBadge result={result} locale="sv" />
      </LocaleProvider>,
    );
    const { answered, asked, ratio } = result.coverage;
    const share = Math.round(ratio! * 100);
    const english = screen.getByText(`${answered} of ${asked} leaderships answered (${share}%)`);
    // The no-break space is kept by the query (the default normaliser would turn it into a space).
    const swedish = screen.getByText(`${answered} av ${asked} systemledningar svarade (${share}${NBSP}%)`, {
      normalizer: getDefaultNormalizer({ collapseWhitespace: false }),
    });
    expect(english.closest("[lang]")?.getAttribute("lang")).toBe("en");
    expect(swedish.closest("[lang]")?.getAttribute("lang")).toBe("sv");
  });
});
