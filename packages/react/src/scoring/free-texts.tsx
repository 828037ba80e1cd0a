/**
 * The free-text answers of an item, listed under its chart as *Regional årsrapport 2025* does in Bilaga 1 ("Svar i
 * fritext redovisas i anslutning till varje delmål"), each with the leadership (and grouping) that wrote it. Texts are
 * rendered as text, whatever they contain (docs/quality.md S1).
 */
import type { ItemResult, RoundResult } from "@systemledning/core/assessment";
import { useMemo } from "react";
import { useKitLocale } from "../i18n/locale.js";
import { SCORING_MESSAGES } from "./messages.js";

/** Above this many texts the list starts folded, so one item cannot push the next chart off the screen. */
const FOLD_ABOVE = 4;

/** The free texts of one item, with who wrote them. */
export function FreeTextList({
  item,
  result,
  headingLevel,
}: {
  readonly item: ItemResult;
  readonly result: Pick<RoundResult, "leaderships">;
  readonly headingLevel: 4 | 5 | 6;
}) {
  const { t } = useKitLocale(undefined, SCORING_MESSAGES);
  const names = useMemo(() => new Map(result.leaderships.map((l) => [l.leadershipId, l.name])), [result.leaderships]);
  if (item.freeTexts.length === 0) return <p className="sl-free-texts-empty">{t("noFreeTexts")}</p>;
  const Heading = `h${headingLevel}` as const;
  const list = (
    <ul className="sl-free-texts">
      {item.freeTexts.map((entry) => {
        const leadership =
          entry.leadershipId === null ? t("anonymous") : (names.get(entry.leadershipId) ?? entry.leadershipId);
        return (
          <li key={entry.responseId} className="sl-free-text">
            <q className="sl-text">{entry.text}</q>
            <span className="sl-free-text-by sl-text">
              {" "}
              –{" "}
              {entry.grouping === null
                ? t("freeTextBy", { leadership })
                : t("freeTextByGrouping", { leadership, grouping: entry.grouping })}
            </span>
          </li>
        );
      })}
    </ul>
  );
  const heading = `${t("freeTexts")} (${item.freeTexts.length})`;
  if (item.freeTexts.length > FOLD_ABOVE) {
    return (
      <details className="sl-free-texts-fold">
        <summary className="sl-free-texts-title">{heading}</summary>
        {list}
      </details>
    );
  }
  return (
    <div className="sl-free-texts-block">
      <Heading className="sl-free-texts-title">{heading}</Heading>
      {list}
    </div>
  );
}
