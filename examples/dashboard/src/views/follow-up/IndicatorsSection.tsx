import { IndicatorPanel } from "@systemledning/react";
import { useId, useState } from "react";
import { useI18n } from "../../i18n.js";
import type { FollowUpViewProps } from "../FollowUpView.js";

/**
 * *Indikatorer*: the kit's `IndicatorPanel` for the county (the regional leadership) or a local leadership chosen in
 * the picker, each indicator against the county and the country.
 */
export function IndicatorsSection({ workspace, asOf }: FollowUpViewProps) {
  const { t, locale } = useI18n();
  const pickerId = useId();
  const headingId = useId();
  // The regional leadership first (the whole county), then the local ones in the sample's order.
  const leaderships = [
    ...workspace.leaderships.filter((l) => l.level === "regional"),
    ...workspace.leaderships.filter((l) => l.level === "local"),
  ];
  const [chosenId, setChosenId] = useState<string>(leaderships[0]?.id ?? "");
  const chosen = leaderships.find((l) => l.id === chosenId);
  return (
    <section aria-labelledby={headingId} className="dash-section">
      <h3 id={headingId}>{t("indicatorsHeading")}</h3>
      {leaderships.length === 0 ? null : (
        <p className="dash-field">
          <label htmlFor={pickerId}>{t("indicatorsLeadershipLabel")}</label>{" "}
          <select
            id={pickerId}
            className="sl-select dash-select"
            value={chosenId}
            onChange={(event) => setChosenId(event.target.value)}
          >
            {leaderships.map((l) => (
              <option key={l.id} value={l.id}>
                {l.level === "regional" ? `${l.name} ${t("indicatorsWholeCounty")}` : l.name}
              </option>
            ))}
          </select>
        </p>
      )}
      <IndicatorPanel
        workspace={workspace}
        asOf={asOf}
        locale={locale}
        headingLevel={4}
        {...(chosen === undefined ? {} : { leadershipId: chosen.id })}
      />
    </section>
  );
}
