/**
 * The two tables of Bilaga 2 of the *Regional årsrapport 2025 – God och nära vård i Dalarna*, read from the
 * document's text (lines and tabs kept): "Ärenden i samverkansstrukturen" (the agenda items of LCHNV, VfR
 * and SCHNV in 2025, by forum, day and kind) and "Regionala aktiviteter arrangerade av det regionala
 * stödet". The sources check compares what these read with the fixtures the timeline's tests use.
 */
import type { AgendaItemKind } from "@systemledning/core/meetings";

/** One row of the agenda-item table, as read. */
export interface ReadItem {
  readonly forum: string;
  readonly date: string;
  readonly kind: AgendaItemKind;
  readonly title: string;
}

/** One row of the table of regional activities, as read. */
export interface ReadActivity {
  readonly activity: string;
  readonly dates: readonly string[];
  readonly whenNote: string;
  readonly audienceAndPurpose: string;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mars: 3,
  april: 4,
  apr: 4,
  maj: 5,
  juni: 6,
  juli: 7,
  aug: 8,
  sept: 9,
  sep: 9,
  okt: 10,
  nov: 11,
  dec: 12,
};
/** The table's kinds; "Information/Beslut" is a decision item in the sample (see its meetings' notes). */
const KINDS: Readonly<Record<string, AgendaItemKind>> = {
  Information: "information",
  Beslut: "decision",
  Workshop: "workshop",
  Rapport: "report",
  "Information/Beslut": "decision",
};

/** "7e feb" → "2025-02-07". */
function dayOf(cell: string): string {
  const match = /^(\d{1,2})[a-z]*\s+([a-zåäö]+)/u.exec(cell.trim());
  const month = match === null ? undefined : MONTHS[match[2]!];
  if (match === null || month === undefined) throw new Error(`Unreadable day in Bilaga 2: "${cell}"`);
  return `2025-${String(month).padStart(2, "0")}-${match[1]!.padStart(2, "0")}`;
}

/**
 * The rows of "Ärenden i samverkansstrukturen": a row names a forum and a day where its cells do, and
 * inherits them where they are empty; a cell may hold several items (`<i>Kind:</i> title`).
 */
export function readBilaga2Items(report: string): ReadItem[] {
  const table = report.slice(report.indexOf("Ärenden i samverkansstrukturen"));
  const body = table.slice(table.indexOf("\n", table.indexOf("Forum\tNär\tÄrende")) + 1);
  const items: ReadItem[] = [];
  let forum = "";
  let date = "";
  for (const line of body.split("\n")) {
    const cells = line.split("\t");
    if (cells.length >= 2 && !cells[0]!.includes("<i>") && cells[0]!.trim() !== "") forum = cells[0]!.trim();
    if (cells.length >= 2 && /^\d/u.test(cells[1]!.trim())) date = dayOf(cells[1]!);
    for (const match of line.matchAll(/<i>([^<]+?):<\/i>\s*([^<\t]*)/gu)) {
      const kind = KINDS[match[1]!.trim()];
      if (kind === undefined) throw new Error(`Unknown item kind in Bilaga 2: "${match[1]}"`);
      items.push({ forum, date, kind, title: match[2]!.trim() });
    }
  }
  return items;
}

/** The rows of the table of regional activities: activity, days (read from "6/5" or "29/4, 7/10"), remark, audience and purpose. */
export function readBilaga2Activities(report: string): ReadActivity[] {
  const start = report.indexOf("Aktivitet\tNär\tMålgrupp och syfte");
  const end = report.indexOf("Nationella aktiviteter arrangerade av SKR");
  return report
    .slice(report.indexOf("\n", start) + 1, end)
    .split("\n")
    .filter((line) => line.includes("\t"))
    .map((line) => {
      const [activity = "", when = "", audienceAndPurpose = ""] = line.split("\t");
      const dates = [...when.matchAll(/(\d{1,2})\/(\d{1,2})/gu)].map(
        (m) => `2025-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}`,
      );
      const whenNote = when.replace(/(\d{1,2}\/\d{1,2},?\s*)+/u, "").trim();
      return { activity: activity.trim(), dates, whenNote, audienceAndPurpose: audienceAndPurpose.trim() };
    });
}
