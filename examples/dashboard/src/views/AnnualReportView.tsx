import { AnnualReport } from "@systemledning/react";
import { useId, useState, type RefObject } from "react";
import { useI18n } from "../i18n.js";
import type { FollowUpViewProps } from "./FollowUpView.js";

/** Props of {@link AnnualReportView}. */
export type AnnualReportViewProps = FollowUpViewProps & {
  readonly headingRef?: RefObject<HTMLHeadingElement | null>;
};

/**
 * *Årsrapport*: the assembled annual report of the county's workspace, to read, complete and download. The year is
 * chosen in the picker (the year before the sample's day first: the report is written in spring); the texts written
 * under each part are saved into the dashboard's store through `onChange`, so they are there after a reload.
 */
export function AnnualReportView({ workspace, asOf, onChange, headingRef }: AnnualReportViewProps) {
  const { t } = useI18n();
  const pickerId = useId();
  const last = Number(asOf.slice(0, 4));
  const years = [last - 2, last - 1, last];
  const [year, setYear] = useState(last - 1);
  return (
    <>
      <h2 ref={headingRef} tabIndex={-1} className="dash-screen-only">
        {t("reportHeading")}
      </h2>
      <p className="dash-lead dash-screen-only">{t("reportLead")}</p>
      <p className="dash-field dash-screen-only">
        <label htmlFor={pickerId}>{t("reportYearLabel")}</label>{" "}
        <select
          id={pickerId}
          className="sl-select dash-select"
          value={year}
          onChange={(event) => setYear(Number(event.target.value))}
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </p>
      <AnnualReport
        workspace={workspace}
        year={year}
        // The report of a past year is written on the sample's day; the current year's on that day too, so far.
        asOf={asOf}
        headingLevel={3}
        {...(onChange === undefined ? {} : { onChange })}
      />
    </>
  );
}
