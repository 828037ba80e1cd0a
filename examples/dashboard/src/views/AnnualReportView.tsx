import type { RefObject } from "react";
import { useI18n } from "../i18n.js";
import type { FollowUpViewProps } from "./FollowUpView.js";

/** Props of {@link AnnualReportView}. */
export type AnnualReportViewProps = FollowUpViewProps & {
  readonly headingRef?: RefObject<HTMLHeadingElement | null>;
};

/** *Årsrapport*: the assembled annual report of the county's workspace, to read, complete and download. */
export function AnnualReportView({ headingRef }: AnnualReportViewProps) {
  const { t } = useI18n();
  return (
    <h2 ref={headingRef} tabIndex={-1}>
      {t("reportHeading")}
    </h2>
  );
}
