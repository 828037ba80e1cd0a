/**
 * What `systemledning report` says, as sections of text and tables before any format: the structure questions
 * and the charters' completeness (the core's `getAllLeadershipOverviews`, as the kit's structure overview asks
 * them) and the meetings' compliance (the core's `checkAllMeetingsCompliance`, as the kit's meeting views ask it).
 * Nothing is computed here that the core answers; this file only counts and words the answers.
 */
import { checkAllMeetingsCompliance, type MeetingCompliance } from "@systemledning/core/meetings";
import { getAllLeadershipOverviews, type StructureStatus } from "@systemledning/core/structure";
import type { BilingualMessage, Workspace } from "@systemledning/core/workspace";
import type { Lang } from "../messages.js";

/** A cell: text, or a number the format writes for its readers (a decimal comma in Swedish and in CSV). */
export type ReportCell = string | number | null;

/** A table with its column headers. */
export interface ReportTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly ReportCell[])[];
}

/** One part of the report: a heading, sentences, and a table. */
export interface ReportSection {
  readonly heading: string;
  readonly paragraphs: readonly string[];
  readonly table: ReportTable;
}

/** The report in one language, ready for any format. */
export interface ReportDocument {
  readonly lang: Lang;
  readonly title: string;
  readonly asOf: string;
  readonly sections: readonly ReportSection[];
}

const STATUS_NAMES: Readonly<Record<StructureStatus, BilingualMessage>> = {
  ok: { sv: "OK", en: "OK" },
  info: { sv: "Info", en: "Note" },
  warning: { sv: "Varning", en: "Warning" },
  missing: { sv: "Saknas", en: "Missing" },
};

const SEVERITY_NAMES: Readonly<Record<string, BilingualMessage>> = {
  error: { sv: "Fel", en: "Error" },
  warning: { sv: "Varning", en: "Warning" },
  note: { sv: "Notering", en: "Note" },
};

const TEXTS = {
  title: { sv: "Rapport", en: "Report" },
  structure: { sv: "Struktur och överenskommelser", en: "Structure and charters" },
  structureIntro: {
    sv: "Strukturfrågorna per systemledning: sektorer, huvudmän med mandat, nyckelroller, ersättare, ordförandeskap, forumtyper och överenskommelsens fullständighet.",
    en: "The structure questions per system leadership: sectors, principals with a mandate, key roles, substitutes, the chair, forum kinds and the charter's completeness.",
  },
  structureHeaders: {
    sv: [
      "Systemledning",
      "Status",
      "Sektorer",
      "Huvudmän",
      "Nyckelroller",
      "Ersättare",
      "Ordförande",
      "Forumtyper",
      "Överenskommelse",
      "Besvarade",
      "Andel besvarad (%)",
    ],
    en: [
      "System leadership",
      "Status",
      "Sectors",
      "Principals",
      "Key roles",
      "Substitutes",
      "Chair",
      "Forum kinds",
      "Charter",
      "Answered",
      "Share answered (%)",
    ],
  },
  meetings: { sv: "Mötenas regelefterlevnad", en: "Meeting compliance" },
  meetingHeaders: {
    sv: ["Forum", "Möten", "Utan anmärkning", "Andel utan anmärkning (%)", "Fel", "Varningar"],
    en: ["Forum", "Meetings", "Compliant", "Share compliant (%)", "Errors", "Warnings"],
  },
  findings: { sv: "Anmärkningar på mötena", en: "Findings on the meetings" },
  findingHeaders: {
    sv: ["Datum", "Forum", "Allvar", "Kod", "Vad och vad göra"],
    en: ["Date", "Forum", "Severity", "Code", "What and what to do"],
  },
} as const;

const percent = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((part / whole) * 1000) / 10;

/** The meeting totals in a sentence: "Möten: 40. Utan anmärkning: 35 (87,5 %). Fel: 3. Varningar: 4." */
function meetingTotals(compliance: readonly MeetingCompliance[], lang: Lang): string {
  const compliant = compliance.filter((c) => c.compliant).length;
  const count = (severity: string) =>
    compliance.reduce((sum, c) => sum + c.findings.filter((f) => f.severity === severity).length, 0);
  const share = percent(compliant, compliance.length);
  const shareText = share === null ? "" : ` (${formatNumber(share, lang)} %)`;
  return lang === "sv"
    ? `Möten: ${compliance.length}. Utan anmärkning: ${compliant}${shareText}. Fel: ${count("error")}. Varningar: ${count("warning")}.`
    : `Meetings: ${compliance.length}. Compliant: ${compliant}${shareText}. Errors: ${count("error")}. Warnings: ${count("warning")}.`;
}

/**
 * A number as a reader of `lang` writes it: a decimal comma in Swedish, at most one decimal, no grouping.
 *
 * @example
 * formatNumber(87.5, "sv") // "87,5"
 */
export function formatNumber(value: number, lang: Lang): string {
  return value.toLocaleString(lang === "sv" ? "sv-SE" : "en-GB", { maximumFractionDigits: 1, useGrouping: false });
}

/**
 * The report of `ws` on `asOf` in `lang`.
 *
 * @example
 * const doc = buildReport(parseWorkspace(json), "2026-05-13", "sv");
 * doc.sections[0].table.rows.length; // one row per leadership
 */
export function buildReport(ws: Workspace, asOf: string, lang: Lang): ReportDocument {
  const status = (value: StructureStatus) => STATUS_NAMES[value][lang];
  const structureRows = getAllLeadershipOverviews(ws, { asOf }).map((o) => [
    o.name,
    status(o.status),
    `${status(o.summary.sectorCoverage)} (${o.sectorCoverage.coveredCount}/${o.sectorCoverage.requiredCount})`,
    status(o.summary.principalMandates),
    status(o.summary.keyRoles),
    status(o.summary.substitutes),
    status(o.summary.chairRotation),
    status(o.summary.forumKinds),
    status(o.summary.charter),
    `${o.charter.answeredCount}/${o.charter.total}`,
    o.charter.ratio === null ? null : Math.round(o.charter.ratio * 1000) / 10,
  ]);

  const compliance = checkAllMeetingsCompliance(ws, { asOf });
  const forumName = new Map(ws.forums.map((forum) => [forum.id, forum.name]));
  const byForum = new Map<string, MeetingCompliance[]>();
  for (const c of compliance) byForum.set(c.forumId, [...(byForum.get(c.forumId) ?? []), c]);
  const meetingRows = [...byForum].map(([forumId, meetings]) => {
    const compliant = meetings.filter((c) => c.compliant).length;
    const findings = meetings.flatMap((c) => c.findings);
    return [
      forumName.get(forumId) ?? forumId,
      meetings.length,
      compliant,
      percent(compliant, meetings.length),
      findings.filter((f) => f.severity === "error").length,
      findings.filter((f) => f.severity === "warning").length,
    ];
  });
  const findingRows = compliance.flatMap((c) =>
    c.findings.map((f) => [
      c.date,
      forumName.get(c.forumId) ?? c.forumId,
      SEVERITY_NAMES[f.severity]![lang],
      f.code,
      f.message[lang],
    ]),
  );

  return {
    lang,
    title: `${TEXTS.title[lang]}: ${ws.profile.name[lang] ?? ws.profile.name.sv}`,
    asOf,
    sections: [
      {
        heading: TEXTS.structure[lang],
        paragraphs: [TEXTS.structureIntro[lang]],
        table: { headers: TEXTS.structureHeaders[lang], rows: structureRows },
      },
      {
        heading: TEXTS.meetings[lang],
        paragraphs: [meetingTotals(compliance, lang)],
        table: { headers: TEXTS.meetingHeaders[lang], rows: meetingRows },
      },
      {
        heading: TEXTS.findings[lang],
        paragraphs: [],
        table: { headers: TEXTS.findingHeaders[lang], rows: findingRows },
      },
    ],
  };
}
