/**
 * A local system leadership's charter (the *överenskommelse* the *Metodstöd för lokal systemledning* leads to) as a
 * complete, print-ready HTML document: the Metodstöd's parts in order with the charter's texts, the principles and
 * tasks as lists, each forum's members with their roles and its required and co-opted sectors, the meeting rules
 * in words, and every question of the profile with its answer (an open one marked as such). Every text escaped, no
 * script and no inline style (a host stylesheet on the page's origin may be linked), so it passes a strict CSP.
 */
import { escapeHtml, isSameOriginPath } from "../common/html.js";
import { localize, type Locale, type LocalizedString } from "../common/localize.js";
import { getMeetingRules } from "../meetings/rules.js";
import type { Workspace } from "../workspace/schema.js";
import { getWorkspaceIndex } from "../workspace/workspace-index.js";
import { CHARTER_PARTS, type CharterPart } from "./charter-parts.js";
import { currentCharterOf, getCharterCompleteness } from "./charter-completeness.js";
import { meetingRulesInWords } from "./charter-rule-words.js";
import { FORUM_COMPOSITION_NAMES, MEMBERSHIP_ROLE_NAMES } from "./messages.js";
import { isMembershipActive } from "./queries.js";
import type { Charter, Forum } from "./schema.js";

/** Options of {@link formatCharterHtml}. */
export interface CharterHtmlOptions {
  /** The language of the document's own words (headings, labels). @default "sv" */
  readonly locale?: Locale;
  /**
   * The stylesheet to link, served by the host from its own origin: typically `CHARTER_STYLES` saved as a file.
   * Only a same-origin relative path is linked (see `isSameOriginPath`); anything else is left out.
   */
  readonly stylesheetHref?: string;
  /** The day whose members are listed (`YYYY-MM-DD`). Absent: the seats without an end date. */
  readonly asOf?: string;
  /** The language the charter's own texts are written in, marked with `lang` when it differs. @default "sv" */
  readonly contentLanguage?: string;
}

const WORDS = {
  title: { sv: "Överenskommelse", en: "Charter" },
  leadership: { sv: "Systemledning", en: "System leadership" },
  adopted: { sv: "Antagen", en: "Adopted" },
  notAdopted: { sv: "Ej antagen", en: "Not adopted" },
  answered: { sv: "Besvarat", en: "Answered" },
  of: { sv: "av", en: "of" },
  open: { sv: "Ej besvarad", en: "Not answered" },
  noCharter: {
    sv: "Systemledningen har ännu ingen överenskommelse.",
    en: "The system leadership has no charter yet.",
  },
  composition: { sv: "Sammansättning", en: "Composition" },
  members: { sv: "Ledamöter", en: "Members" },
  noMembers: { sv: "Inga ledamöter registrerade.", en: "No members recorded." },
  withMandate: { sv: "med mandat", en: "with mandate" },
  substituteFor: { sv: "ersättare för", en: "substitute for" },
  required: { sv: "Sektorer som ska vara företrädda", en: "Sectors to be represented" },
  coOpted: { sv: "Sektorer som adjungeras vid behov", en: "Sectors co-opted when needed" },
  none: { sv: "Inga angivna.", en: "None given." },
  rules: { sv: "Mötesregler", en: "Meeting rules" },
  rulesDefault: {
    sv: "Länets gemensamma mötesregler gäller (forumet har inga egna).",
    en: "The county's shared meeting rules apply (the forum has none of its own).",
  },
  questions: { sv: "Frågor ur Metodstödet", en: "Questions of the Metodstöd" },
} as const satisfies Record<string, LocalizedString>;

interface Context {
  readonly ws: Workspace;
  readonly locale: Locale;
  readonly content: string;
  readonly w: (key: keyof typeof WORDS) => string;
}

/** The charter's own text as paragraphs, marked with its language when the document speaks another. */
function userText(c: Context, text: string): string {
  const lang = c.content === c.locale ? "" : ` lang="${escapeHtml(c.content)}"`;
  return text
    .trim()
    .split(/\r?\n\s*\r?\n/)
    .map((p) => `<p${lang}>${escapeHtml(p.trim()).replace(/\r?\n/g, "<br>")}</p>`)
    .join("\n");
}

/** A profile text in the document's language, marked with `lang` when it falls back to Swedish. */
function profileText(c: Context, text: LocalizedString): string {
  const chosen = localize(text, c.locale);
  const lang = c.locale === "en" && text.en === undefined ? ' lang="sv"' : "";
  return lang === "" ? escapeHtml(chosen) : `<span${lang}>${escapeHtml(chosen)}</span>`;
}

const isAnswered = (text: string | undefined): text is string => text !== undefined && text.trim() !== "";
const openMark = (c: Context) => `<p class="charter-open"><strong>${escapeHtml(c.w("open"))}</strong></p>`;

function listOf(c: Context, items: readonly string[]): string {
  const lang = c.content === c.locale ? "" : ` lang="${escapeHtml(c.content)}"`;
  const filled = items.filter(isAnswered);
  if (filled.length === 0) return openMark(c);
  return [`<ul${lang}>`, ...filled.map((item) => `<li>${escapeHtml(item.trim())}</li>`), "</ul>"].join("\n");
}

function sectorList(c: Context, ids: readonly string[]): string {
  if (ids.length === 0) return `<p>${escapeHtml(c.w("none"))}</p>`;
  const byId = getWorkspaceIndex(c.ws).sectorById;
  const items = ids.map((id) => {
    const sector = byId.get(id);
    return `<li>${sector === undefined ? escapeHtml(id) : profileText(c, sector.name)}</li>`;
  });
  return ["<ul>", ...items, "</ul>"].join("\n");
}

function forumPart(c: Context, forum: Forum, asOf: string | undefined): string {
  const index = getWorkspaceIndex(c.ws);
  const seats = (index.membershipsByForum.get(forum.id) ?? []).filter((m) =>
    asOf === undefined ? m.to === undefined : isMembershipActive(m, asOf),
  );
  const lines = [
    `<h3>${escapeHtml(forum.name)}</h3>`,
    `<p>${escapeHtml(c.w("composition"))}: ${escapeHtml(FORUM_COMPOSITION_NAMES[forum.composition][c.locale])}</p>`,
    `<h4>${escapeHtml(c.w("members"))}</h4>`,
  ];
  if (seats.length === 0) lines.push(`<p>${escapeHtml(c.w("noMembers"))}</p>`);
  else {
    lines.push("<ul>");
    for (const seat of seats) {
      const person = index.personById.get(seat.personId);
      const organisation = index.organisationById.get(seat.organisationId);
      const roles = seat.roles.map((role) => MEMBERSHIP_ROLE_NAMES[role][c.locale]).join(", ");
      const mandate = seat.hasMandate ? `, ${c.w("withMandate")}` : "";
      const forWhom =
        seat.substituteForId === undefined
          ? ""
          : `, ${c.w("substituteFor")} ${index.personById.get(index.membershipById.get(seat.substituteForId)?.personId ?? "")?.name ?? seat.substituteForId}`;
      lines.push(
        `<li>${escapeHtml(person?.name ?? seat.personId)}${organisation === undefined ? "" : `, ${escapeHtml(organisation.name)}`}: ${escapeHtml(roles + mandate + forWhom)}</li>`,
      );
    }
    lines.push("</ul>");
  }
  lines.push(
    `<h4>${escapeHtml(c.w("required"))}</h4>`,
    sectorList(c, forum.requiredSectorIds),
    `<h4>${escapeHtml(c.w("coOpted"))}</h4>`,
    sectorList(c, forum.coOptedSectorIds),
  );
  return lines.join("\n");
}

function rulesPart(c: Context, forum: Forum): string {
  const { rules, source } = getMeetingRules(c.ws.profile, forum.id);
  const lines = [`<h3>${escapeHtml(c.w("rules"))}: ${escapeHtml(forum.name)}</h3>`];
  if (source !== "forum") lines.push(`<p>${escapeHtml(c.w("rulesDefault"))}</p>`);
  lines.push("<ul>", ...meetingRulesInWords(rules, c.locale).map((line) => `<li>${escapeHtml(line)}</li>`), "</ul>");
  return lines.join("\n");
}

function partHtml(c: Context, part: CharterPart, charter: Charter, forums: readonly Forum[], asOf?: string): string {
  const lines = ["<section>", `<h2>${escapeHtml(part.title[c.locale])}</h2>`];
  if (part.textField !== undefined) {
    const text = charter[part.textField];
    lines.push(isAnswered(text) ? userText(c, text) : openMark(c));
  }
  if (part.listField !== undefined) lines.push(listOf(c, charter[part.listField]));
  if (part.section === "composition") for (const forum of forums) lines.push(forumPart(c, forum, asOf));
  if (part.section === "meetingStructure") for (const forum of forums) lines.push(rulesPart(c, forum));
  const questions = c.ws.profile.charterQuestions.filter((q) => q.section === part.section);
  if (questions.length > 0) {
    lines.push(`<h3>${escapeHtml(c.w("questions"))}</h3>`, "<dl>");
    for (const question of questions) {
      const answer = charter.answers[question.id];
      lines.push(
        `<dt>${profileText(c, question.text)}</dt>`,
        `<dd>${isAnswered(answer) ? userText(c, answer) : openMark(c)}</dd>`,
      );
    }
    lines.push("</dl>");
  }
  lines.push("</section>");
  return lines.join("\n");
}

/**
 * The leadership's current charter as a complete HTML document (`<html lang>` in `locale`): the title with the
 * leadership's name, whether and when it was adopted and how much is answered, then one section per part of the
 * Metodstöd in its order. Open texts and questions say "Ej besvarad" ("Not answered"). A leadership without a
 * charter gets the document with every part open. All text is escaped; no script, no `<style>`, no `style`
 * attribute, so it passes `style-src 'self'`: its styling is the linked stylesheet (`CHARTER_STYLES`).
 *
 * @throws {SystemledningError} with reason `invalidInput` when the leadership id is unknown.
 * @example
 * const html = formatCharterHtml(ws, "ls-mora", { locale: "sv", stylesheetHref: "/css/charter.css" });
 */
export function formatCharterHtml(ws: Workspace, leadershipId: string, options: CharterHtmlOptions = {}): string {
  const completeness = getCharterCompleteness(ws, leadershipId);
  const charter: Charter = currentCharterOf(ws, leadershipId) ?? {
    id: "",
    leadershipId,
    principles: [],
    tasks: [],
    answers: {},
  };
  const index = getWorkspaceIndex(ws);
  const leadership = index.leadershipById.get(leadershipId)!;
  const locale = options.locale ?? "sv";
  const c: Context = {
    ws,
    locale,
    content: options.contentLanguage ?? "sv",
    w: (key) => WORDS[key][locale],
  };
  const e = escapeHtml;
  // An ended forum is history, not the charter: out after its last day (or at once, without a day to list for).
  const forums = (index.forumsByLeadership.get(leadershipId) ?? []).filter(
    (forum) => forum.endedOn === undefined || (options.asOf !== undefined && options.asOf <= forum.endedOn),
  );
  const heading = `${c.w("title")}: ${leadership.name}`;
  const link =
    options.stylesheetHref !== undefined && isSameOriginPath(options.stylesheetHref)
      ? `\n<link rel="stylesheet" href="${e(options.stylesheetHref)}">`
      : "";
  const adopted =
    charter.adoptedAt === undefined
      ? e(c.w("notAdopted"))
      : `<time datetime="${e(charter.adoptedAt)}">${e(charter.adoptedAt)}</time>`;
  const lines: string[] = [
    "<!doctype html>",
    `<html lang="${locale}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<title>${e(heading)}</title>${link}`,
    "</head>",
    "<body>",
    "<main>",
    `<h1>${e(heading)}</h1>`,
    "<dl>",
    `<dt>${e(c.w("leadership"))}</dt><dd>${e(leadership.name)}</dd>`,
    `<dt>${e(c.w("adopted"))}</dt><dd>${adopted}</dd>`,
    `<dt>${e(c.w("answered"))}</dt><dd>${completeness.answeredCount} ${e(c.w("of"))} ${completeness.total}</dd>`,
    "</dl>",
  ];
  if (completeness.charterId === null) lines.push(`<p>${e(c.w("noCharter"))}</p>`);
  for (const part of CHARTER_PARTS) lines.push(partHtml(c, part, charter, forums, options.asOf));
  lines.push("</main>", "</body>", "</html>", "");
  return lines.join("\n");
}
