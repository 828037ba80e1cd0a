/**
 * How much a round's numbers rest on (*Regional årsrapport 2025*, §3.1, and §2.2 for the caveat): responses,
 * leaderships answered of asked, whether the round may be compared over time and why, and the caveat that a
 * self-assessment is the leadership's own view. Status is told by words and a shape as well as colour (A8).
 */
import type { RoundResult } from "@systemledning/core/assessment";
import { useKitLocale } from "../i18n/locale.js";
import { Widget, type WidgetProps } from "../primitives/widget.js";
import { SCORING_MESSAGES, type ScoringTools } from "./messages.js";

/** The parts of a round's result the coverage components read. */
export type CoverageInput = Pick<RoundResult, "kind" | "coverage" | "comparable" | "comparability" | "caveat">;

/** "6 av 13 systemledningar svarade (46 %)", or the event poll's wording. */
export function coverageText(result: CoverageInput, tools: ScoringTools): string {
  const { coverage } = result;
  const answered = tools.number(coverage.answered);
  if (coverage.asked === null || coverage.ratio === null) return tools.t("coverageUnknownPoll", { answered });
  const params = { answered, asked: tools.number(coverage.asked), share: tools.percent(coverage.ratio) };
  return result.kind === "event-poll" ? tools.t("coverageAnsweredPoll", params) : tools.t("coverageAnswered", params);
}

/** The body of the caption, for use inside another widget (charts show it under their takeaway). */
export function CoverageDetails({
  result,
  showCaveat = true,
}: {
  readonly result: CoverageInput;
  readonly showCaveat?: boolean;
}) {
  const tools = useKitLocale(undefined, SCORING_MESSAGES);
  const { t } = tools;
  const showResponses = result.kind === "self-assessment" && result.coverage.responses !== result.coverage.answered;
  return (
    <div className="sl-coverage">
      <p className="sl-coverage-line">
        <span className="sl-coverage-figure">{coverageText(result, tools)}</span>
        {showResponses ? (
          <span className="sl-coverage-responses">
            {" "}
            (
            {t("coverageResponses", {
              responses: tools.number(result.coverage.responses),
              answered: tools.number(result.coverage.answered),
            })}
            )
          </span>
        ) : null}
      </p>
      <p className="sl-coverage-line">
        <span className="sl-status" data-status={result.comparable ? "ok" : "warning"}>
          {result.comparable ? t("coverageComparable") : t("coverageNotComparable")}
        </span>{" "}
        <span className="sl-text">{tools.text(result.comparability.message)}</span>
      </p>
      {showCaveat && result.caveat !== null ? (
        <p className="sl-caveat sl-text">
          <strong>{t("caveatHeading")}:</strong> {tools.text(result.caveat)}
        </p>
      ) : null}
    </div>
  );
}

/** Props of {@link CoverageCaption}. */
export interface CoverageCaptionProps extends WidgetProps {
  /** The round's result (or just its coverage, comparability and caveat). */
  readonly result: CoverageInput;
  /** Print the instrument's caveat (a self-assessment is the leadership's own view). @default true */
  readonly showCaveat?: boolean;
}

/**
 * A round's coverage as a caption: "6 av 13 systemledningar svarade (46 %) (8 svar från 6 systemledningar)",
 * whether it may be compared over time and why, and the caveat. The charts show the same under their takeaway.
 *
 * @example
 * <CoverageCaption result={aggregateRound(workspace, DALARNA_ROUND_2025_ID)} />
 */
export function CoverageCaption({ result, showCaveat, ...widget }: CoverageCaptionProps) {
  return (
    <Widget {...widget} resetKey={result}>
      <CoverageDetails result={result} {...(showCaveat === undefined ? {} : { showCaveat })} />
    </Widget>
  );
}

/** Props of {@link CoverageBadge}. */
export interface CoverageBadgeProps extends WidgetProps {
  readonly result: CoverageInput;
}

/**
 * A compact badge for a card or list: a shape and words for comparable or not, and "6 av 13 svarade (46 %)".
 * The reason is its accessible description and its tooltip-free visible second line.
 *
 * @example
 * <CoverageBadge result={result} />
 */
export function CoverageBadge({ result, ...widget }: CoverageBadgeProps) {
  return (
    <Widget {...widget} resetKey={result}>
      <CoverageBadgeBody result={result} />
    </Widget>
  );
}

function CoverageBadgeBody({ result }: { readonly result: CoverageInput }) {
  const tools = useKitLocale(undefined, SCORING_MESSAGES);
  return (
    <p className="sl-coverage-badge" data-comparable={result.comparable ? "true" : "false"}>
      <span className="sl-status" data-status={result.comparable ? "ok" : "warning"}>
        {result.comparable ? tools.t("coverageComparable") : tools.t("coverageNotComparable")}
      </span>
      <span className="sl-coverage-badge-figure">{coverageText(result, tools)}</span>
    </p>
  );
}
