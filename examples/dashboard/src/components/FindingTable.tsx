import type { ReactNode } from "react";
import { useI18n } from "../i18n.js";
import { StatusLabel, type Status } from "./Status.js";
import { TableRegion } from "./TableRegion.js";

/** One row of a {@link FindingTable}: what it is about, how it stands and why. */
export interface FindingRow {
  readonly key: string;
  readonly subject: ReactNode;
  readonly status: Status;
  readonly message: { readonly sv: string; readonly en: string };
}

/**
 * The answer to one structure question as a table: subject, status (words and shape) and the core's
 * explanation in the active language.
 */
export function FindingTable({
  caption,
  rows,
  empty,
}: {
  readonly caption: ReactNode;
  readonly rows: readonly FindingRow[];
  readonly empty?: ReactNode;
}) {
  const { locale, t } = useI18n();
  if (rows.length === 0) {
    return (
      <div className="dash-finding-empty">
        <p className="dash-caption">{caption}</p>
        <p>{empty}</p>
      </div>
    );
  }
  return (
    <TableRegion caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t("item")}</th>
          <th scope="col">{t("status")}</th>
          <th scope="col">{t("reason")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.subject}</th>
            <td>
              <StatusLabel status={row.status} />
            </td>
            <td>{row.message[locale]}</td>
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}
