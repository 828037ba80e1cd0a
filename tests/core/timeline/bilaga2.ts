/**
 * Seed 004's Bilaga 2, read at test time: the table "Ärenden i samverkansstrukturen" (agenda items of LCHNV,
 * VfR and SCHNV in 2025, by forum, day and kind) and the table of regional activities. The sample's timeline
 * is checked against what these functions read from the seed, never against a copy typed into a test.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { AgendaItemKind } from "@systemledning/core/meetings";
import { SEEDS_DIR } from "../profiles/seed-texts.js";

/** One row of the agenda-item table. */
export interface Bilaga2Item {
  /** The forum as the table names it: `LCHNV`, `VfR`, `SCHNV`. */
  readonly forum: string;
  /** The day, `2025-MM-DD`. */
  readonly date: string;
  readonly kind: AgendaItemKind;
  readonly title: string;
}

const MONTHS: Readonly<Record<string, number>> = { jan: 1, feb: 2, mars: 3, april: 4, apr: 4, maj: 5, juni: 6, juli: 7, aug: 8, sept: 9, sep: 9, okt: 10, nov: 11, dec: 12 };
/** The table's kinds; "Information/Beslut" is a decision item in the sample (see its meetings' notes). */
const KINDS: Readonly<Record<string, AgendaItemKind>> = { Information: "information", Beslut: "decision", Workshop: "workshop", Rapport: "report", "Information/Beslut": "decision" };

/** The raw text of seed 004 (the annual report 2025), lines and tabs kept. */
export function readAnnualReport(): string {
  const file = readdirSync(SEEDS_DIR).find((name) => name.startsWith("004"));
  if (file === undefined) throw new Error(`No seed 004 in ${SEEDS_DIR}`);
  return readFileSync(join(SEEDS_DIR, file), "utf8").normalize("NFC");
}

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
export function readBilaga2Items(report = readAnnualReport()): Bilaga2Item[] {
  const table = report.slice(report.indexOf("Ärenden i samverkansstrukturen"));
  const body = table.slice(table.indexOf("\n", table.indexOf("Forum\tNär\tÄrende")) + 1);
  const items: Bilaga2Item[] = [];
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

/** One row of "Regionala aktiviteter arrangerade av det regionala stödet": activity, when, audience and purpose. */
export interface Bilaga2Activity {
  readonly activity: string;
  /** The days, `2025-MM-DD`, read from "6/5" or "29/4, 7/10". */
  readonly dates: readonly string[];
  /** The "När" cell after its dates ("Inget möte under hösten-25 …"). */
  readonly whenNote: string;
  readonly audienceAndPurpose: string;
}

/** The rows of the table of regional activities. */
export function readBilaga2Activities(report = readAnnualReport()): Bilaga2Activity[] {
  const start = report.indexOf("Aktivitet\tNär\tMålgrupp och syfte");
  const end = report.indexOf("Nationella aktiviteter arrangerade av SKR");
  return report
    .slice(report.indexOf("\n", start) + 1, end)
    .split("\n")
    .filter((line) => line.includes("\t"))
    .map((line) => {
      const [activity = "", when = "", audienceAndPurpose = ""] = line.split("\t");
      const dates = [...when.matchAll(/(\d{1,2})\/(\d{1,2})/gu)].map((m) => `2025-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}`);
      const whenNote = when.replace(/(\d{1,2}\/\d{1,2},?\s*)+/u, "").trim();
      return { activity: activity.trim(), dates, whenNote, audienceAndPurpose: audienceAndPurpose.trim() };
    });
}
