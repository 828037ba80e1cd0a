// @vitest-environment jsdom
import { cleanup, getDefaultNormalizer, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useKitLocale } from "../../../packages/react/src/i18n/locale.js";
import {
  CoverageBadge,
  CoverageCaption,
  coverageText,
  type CoverageInput,
} from "../../../packages/react/src/scoring/coverage.js";
import { dalarna2025, emptyRound, oneLeadershipRound } from "../../fixtures/scoring-rounds.js";
import { SCORING_MESSAGES, type ScoringTools } from "../../../packages/react/src/scoring/messages.js";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const NBSP = "\u00a0";
/** Queries that keep no-break spaces as they are (the default normaliser turns them into spaces). */
const exact = { normalizer: getDefaultNormalizer({ collapseWhitespace: false }) };

const { result } = dalarna2025();
const { answered, asked, responses, ratio } = result.coverage;
const share = Math.round(ratio! * 100);

/** The kit's tools for a locale, taken from the hook as a component gets them. */
function toolsFor(locale: "sv" | "en") {
  let tools: ScoringTools | undefined;
  function Probe() {
    tools = useKitLocale(locale, SCORING_MESSAGES);
    return null;
  }
  render(<Probe />);
  return tools!;
}

describe("coverageText", () => {
  it("says how many of the leaderships asked answered, with the share", () => {
    expect(coverageText(result, toolsFor("sv"))).toBe(
      `${answered} av ${asked} systemledningar svarade (${share}${NBSP}%)`,
    );
    expect(coverageText(result, toolsFor("en"))).toBe(`${answered} of ${asked} leaderships answered (${share}%)`);
  });

  it("is the Dalarna figure of the annual report: 6 of 13, 46 %", () => {
    expect(coverageText(result, toolsFor("sv"))).toBe(`6 av 13 systemledningar svarade (46${NBSP}%)`);
  });

  it("uses the event poll's words, and says when the number present is unknown", () => {
    const poll: CoverageInput = {
      ...result,
      kind: "event-poll",
      coverage: { asked: 40, answered: 30, responses: 30, ratio: 0.75 },
    };
    expect(coverageText(poll, toolsFor("sv"))).toBe(`30 av 40 närvarande svarade (75${NBSP}%)`);
    const unknown: CoverageInput = { ...poll, coverage: { asked: null, answered: 30, responses: 30, ratio: null } };
    expect(coverageText(unknown, toolsFor("sv"))).toBe("30 svar, antalet närvarande är okänt");
  });
});

describe("CoverageCaption", () => {
  it("shows the answered share and the responses when groupings answered separately", () => {
    expect(responses).toBeGreaterThan(answered);
    render(<CoverageCaption result={result} />);
    expect(screen.getByText(`${answered} av ${asked} systemledningar svarade (${share}${NBSP}%)`, exact)).toBeTruthy();
    expect(screen.getByText(`(${responses} svar från ${answered} systemledningar)`)).toBeTruthy();
    expect(screen.getByText("(8 svar från 6 systemledningar)")).toBeTruthy();
  });

  it("leaves out the responses when there is one per leadership", () => {
    const one = oneLeadershipRound().result;
    expect(one.coverage.responses).toBe(one.coverage.answered);
    render(<CoverageCaption result={one} />);
    expect(screen.queryByText(/svar från/)).toBeNull();
  });

  it("says in words that the round is not comparable over time, with the core's reason", () => {
    expect(result.comparable).toBe(false);
    render(<CoverageCaption result={result} />);
    expect(screen.getByText("Inte jämförbar över tid")).toBeTruthy();
    expect(screen.getByText(result.comparability.message.sv, exact)).toBeTruthy();
    expect(screen.queryByText("Jämförbar över tid")).toBeNull();
  });

  it("says a round is comparable when the core judged it so", () => {
    const comparable: CoverageInput = {
      ...result,
      comparable: true,
      comparability: {
        ...result.comparability,
        comparable: true,
        reason: "coverage-reached",
        message: { sv: "Omgången kan jämföras.", en: "The round can be compared." },
      },
    };
    render(<CoverageCaption result={comparable} />);
    expect(screen.getByText("Jämförbar över tid")).toBeTruthy();
    expect(screen.getByText("Omgången kan jämföras.")).toBeTruthy();
  });

  it("prints the instrument's caveat under 'Att tänka på', unless told not to", () => {
    expect(result.caveat).not.toBeNull();
    const { unmount } = render(<CoverageCaption result={result} />);
    const caveat = screen.getByText(result.caveat!.sv, { exact: false });
    expect(caveat.textContent).toBe(`Att tänka på: ${result.caveat!.sv}`);
    unmount();
    render(<CoverageCaption result={result} showCaveat={false} />);
    expect(screen.queryByText(result.caveat!.sv, { exact: false })).toBeNull();
  });

  it("writes its texts in English with locale='en'", () => {
    render(<CoverageCaption result={result} locale="en" />);
    expect(screen.getByText(`${answered} of ${asked} leaderships answered (${share}%)`)).toBeTruthy();
    expect(screen.getByText("Not comparable over time")).toBeTruthy();
    expect(screen.getByText(result.comparability.message.en!)).toBeTruthy();
    expect(screen.getByText(result.caveat!.en!, { exact: false }).textContent).toBe(
      `Keep in mind: ${result.caveat!.en}`,
    );
  });

  it("shows 0 of all asked for a round nobody answered", () => {
    const empty = emptyRound().result;
    render(<CoverageCaption result={empty} />);
    expect(screen.getByText(`0 av ${empty.coverage.asked} systemledningar svarade (0${NBSP}%)`, exact)).toBeTruthy();
  });

  it("shows an alert instead of failing the page when its result is broken (R6)", () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const onError = vi.fn();
    expect(() => render(<CoverageCaption result={{} as never} onError={onError} />)).not.toThrow();
    expect(screen.getByRole("alert").textContent).toContain("Det här avsnittet kunde inte visas.");
    expect(onError).toHaveBeenCalledTimes(1);
  });
});

describe("CoverageBadge", () => {
  it("tells whether the round is comparable in words, and its coverage", () => {
    render(<CoverageBadge result={result} />);
    const status = screen.getByText("Inte jämförbar över tid");
    const figure = screen.getByText(`${answered} av ${asked} systemledningar svarade (${share}${NBSP}%)`, exact);
    expect(status.parentElement).toBe(figure.parentElement);
    expect(status.getAttribute("data-status")).toBe("warning");
  });

  it("shows an alert instead of failing the page when its result is broken (R6)", () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const onError = vi.fn();
    expect(() => render(<CoverageBadge result={null as never} onError={onError} />)).not.toThrow();
    expect(screen.getByRole("alert")).toBeTruthy();
    expect(onError).toHaveBeenCalledTimes(1);
  });
});
