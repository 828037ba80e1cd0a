/**
 * Sector representation of a forum or a leadership (docs/domain.md, Structure; the Metodstöd's checklist of
 * sectors to represent): each required sector covered or missing, each co-opted sector with someone
 * appointed or not, and sectors at the table without being asked for. Drawn as a compact figure of tiles,
 * one per sector in three groups, each tile with the status's shape and word, the sector's name and who
 * represents it: a reader sees at a glance which sectors are missing, a screen reader hears each tile's name,
 * and the table alternative and CSV carry every value (docs/quality.md A1–A3, A8). One tab stop, arrows
 * between tiles.
 */
import {
  getSectorCoverage,
  type SectorCoverage as SectorCoverageAnswer,
  type SectorCoverageItem,
} from "@systemledning/core/structure";
import { getWorkspaceIndex, type WorkspaceIndex } from "@systemledning/core/workspace";
import { useMemo } from "react";
import { ChartFigure, type ChartFigureView } from "../primitives/chart-figure.js";
import type { DataTableColumn } from "../primitives/data-table/types.js";
import { statusWord } from "../primitives/status-badge.js";
import { useChartNavigation } from "../primitives/use-chart-navigation.js";
import type { StructureViewMessageKey, StructureViewTools } from "./messages-views.js";
import {
  FindingList,
  membershipPersonName,
  messageColumn,
  statusColumn,
  targetName,
  targetOf,
  useStructureTools,
  ViewSection,
  type StructureTargetProps,
  type StructureViewBaseProps,
  StructureWidget,
} from "./view-shared.js";

/**
 * The core's answer (`SectorCoverage` of `@systemledning/core/structure`) under the component's name: the kit
 * re-exports the whole core, so the name `SectorCoverage` from `@systemledning/react` is this component as a
 * value and the core's answer as a type, and a host's `import type { SectorCoverage }` keeps working.
 */
export type SectorCoverage = SectorCoverageAnswer;

/** Props of {@link SectorCoverage}. */
export type SectorCoverageProps = StructureViewBaseProps &
  StructureTargetProps & {
    /** Show the table instead of the figure at first. @default "chart" */
    readonly defaultView?: ChartFigureView | undefined;
  };

type SectorKind = "required" | "coOpted" | "extra";

/** One tile of the figure and one row of its table. */
interface SectorRow {
  readonly key: string;
  readonly kind: SectorKind;
  readonly sectorName: string;
  readonly status: SectorCoverageAnswer["status"];
  readonly people: readonly string[];
  readonly message: string;
  readonly finding: SectorCoverageItem;
}

const KIND_KEYS: Readonly<
  Record<SectorKind, { readonly group: StructureViewMessageKey; readonly kind: StructureViewMessageKey }>
> = {
  required: { group: "structureSectorGroupRequired", kind: "structureSectorKindRequired" },
  coOpted: { group: "structureSectorGroupCoOpted", kind: "structureSectorKindCoOpted" },
  extra: { group: "structureSectorGroupExtra", kind: "structureSectorKindExtra" },
};

/**
 * Which sectors a forum or leadership must represent, which it co-opts when needed, who represents each,
 * and which are missing, with what to do about them.
 *
 * @example
 * <SectorCoverage workspace={workspace} leadershipId="ls-mora" asOf="2026-05-13" />
 * <SectorCoverage workspace={workspace} forumId="f-lchnv" asOf="2026-05-13" locale="en" headingLevel={3} />
 */
export function SectorCoverage(props: SectorCoverageProps) {
  return (
    <StructureWidget props={props}>
      <SectorCoverageBody {...props} />
    </StructureWidget>
  );
}

function sectorRows(answer: SectorCoverageAnswer, index: WorkspaceIndex, tools: StructureViewTools): SectorRow[] {
  const groups: readonly [SectorKind, readonly SectorCoverageItem[]][] = [
    ["required", answer.required],
    ["coOpted", answer.coOpted],
    ["extra", answer.extra],
  ];
  return groups.flatMap(([kind, items]) =>
    items.map((item) => ({
      key: `${kind}:${item.sectorId}`,
      kind,
      sectorName: tools.text(item.sectorName),
      status: item.status,
      people: item.membershipIds.map((id) => membershipPersonName(index, id)),
      message: tools.text(item.message),
      finding: item,
    })),
  );
}

function SectorCoverageBody(props: SectorCoverageProps) {
  const { workspace, asOf, headingLevel = 2, title, defaultView } = props;
  const tools = useStructureTools();
  const { t, number } = tools;
  const { forumId, leadershipId } = props;
  const target = useMemo(() => targetOf({ forumId, leadershipId } as StructureTargetProps), [forumId, leadershipId]);
  const answer = useMemo(() => getSectorCoverage(workspace, target, { asOf }), [workspace, target, asOf]);
  const index = getWorkspaceIndex(workspace);
  const rows = useMemo(() => sectorRows(answer, index, tools), [answer, index, tools]);
  const groups = useMemo(
    () =>
      (["required", "coOpted", "extra"] as const)
        .map((kind) => ({ kind, rows: rows.filter((row) => row.kind === kind) }))
        .filter((group) => group.rows.length > 0),
    [rows],
  );
  const navigation = useChartNavigation<HTMLDivElement>(useMemo(() => groups.map((g) => g.rows.length), [groups]));
  const columns = useMemo(() => sectorColumns(tools), [tools]);
  const heading = title ?? t("structureSectorTitle");
  const missing = answer.required.filter((item) => !item.covered).map((item) => tools.text(item.sectorName));
  const takeaway =
    rows.length === 0
      ? t("structureSectorTakeawayNone")
      : [
          t("structureSectorTakeaway", {
            covered: number(answer.coveredCount),
            required: number(answer.requiredCount),
          }),
          missing.length === 0 ? "" : t("structureSectorTakeawayMissing", { sectors: missing.join(", ") }),
        ]
          .filter((part) => part !== "")
          .join(" ");
  const withoutSector = answer.membershipIdsWithoutSector.length;
  const GroupHeading = `h${Math.min(6, headingLevel + 2)}` as "h4";

  return (
    <ViewSection
      className="sl-structure-sectors"
      heading={heading}
      headingLevel={headingLevel}
      about={targetName(index, target)}
      asOf={asOf}
    >
      <ChartFigure
        title={t("structureSectorTableCaption")}
        headingLevel={(headingLevel + 1) as 3 | 4 | 5}
        takeaway={takeaway}
        table={{ columns, rows, getRowId: (row) => row.key }}
        keyboardHint={rows.length === 0 ? undefined : t("structureSectorKeys")}
        defaultView={defaultView}
        details={
          withoutSector === 0 ? undefined : (
            <p className="sl-structure-hint">
              {withoutSector === 1
                ? t("structureSectorWithoutSectorOne")
                : t("structureSectorWithoutSector", { count: number(withoutSector) })}
            </p>
          )
        }
      >
        {rows.length === 0 ? (
          <p className="sl-chart-empty">{t("structureSectorTakeawayNone")}</p>
        ) : (
          <div className="sl-structure-tile-groups">
            {groups.map((group, groupIndex) => (
              <div key={group.kind} className="sl-structure-tile-group">
                <GroupHeading className="sl-structure-tile-group-title">{t(KIND_KEYS[group.kind].group)}</GroupHeading>
                <ul className="sl-structure-tiles">
                  {group.rows.map((row, position) => (
                    <li key={row.key}>
                      <div
                        {...navigation.getMarkProps(groupIndex, position)}
                        className="sl-chart-mark sl-structure-tile"
                        data-status={row.status}
                        role="img"
                        aria-label={tileLabel(row, tools)}
                      >
                        <span className="sl-status" data-status={row.status}>
                          {statusWord(row.status, t)}
                        </span>
                        <span className="sl-structure-tile-name sl-text">{row.sectorName}</span>
                        <span className="sl-structure-tile-people sl-text">
                          {row.people.length === 0 ? t("structureNobody") : row.people.join(", ")}
                        </span>
                      </div>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        )}
      </ChartFigure>
      <FindingList
        headingLevel={(headingLevel + 1) as 3 | 4 | 5}
        findings={rows.map((row) => ({ key: row.key, finding: row.finding }))}
      />
    </ViewSection>
  );
}

function tileLabel(row: SectorRow, tools: StructureViewTools): string {
  return tools.t("structureSectorMarkLabel", {
    sector: row.sectorName,
    kind: tools.t(KIND_KEYS[row.kind].kind).toLocaleLowerCase(tools.locale),
    status: statusWord(row.status, tools.t),
    people:
      row.people.length === 0 ? tools.t("structureNobody").toLocaleLowerCase(tools.locale) : row.people.join(", "),
  });
}

function sectorColumns(tools: StructureViewTools): DataTableColumn<SectorRow>[] {
  const { t } = tools;
  return [
    {
      id: "sector",
      header: t("structureSectorColumnSector"),
      value: (row) => row.sectorName,
      isRowHeader: true,
      cell: (row) => <span className="sl-text">{row.sectorName}</span>,
    },
    { id: "kind", header: t("structureSectorColumnKind"), value: (row) => t(KIND_KEYS[row.kind].kind) },
    statusColumn(tools, (row) => row.status),
    {
      id: "people",
      header: t("structureSectorRepresentatives"),
      value: (row) => (row.people.length === 0 ? null : row.people.join(", ")),
      cell: (row) =>
        row.people.length === 0 ? t("structureNobody") : <span className="sl-text">{row.people.join(", ")}</span>,
    },
    messageColumn(tools, (row) => row.message),
  ];
}
