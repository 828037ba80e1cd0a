/**
 * The README.md that `init-county` writes beside the files: what a county edits next, field by field, in
 * Swedish and then in English. The list is made from the profile's own fields, so none is left out.
 */
import type { BilingualMessage, Profile } from "@systemledning/core/workspace";

/** What each field of the profile holds and what the county does with it. */
const FIELD_GUIDE: Readonly<Record<string, BilingualMessage>> = {
  id: {
    sv: "profilens id (gjort av namnet; ändra om ni vill)",
    en: "the profile's id (made from the name; change it if you like)",
  },
  name: {
    sv: "namnet (satt; lägg gärna till strategins namn)",
    en: "the name (set; add your strategy's name if you like)",
  },
  vision: { sv: "strategins målbild", en: "the strategy's vision (målbild)" },
  regions: {
    sv: "regionens officiella kod (fyra siffror, SCB) och namn",
    en: "the region's official code (four digits, SCB) and name",
  },
  municipalities: {
    sv: "länets kommuner med kommunkod (SCB/Kolada) och regionens kod",
    en: "the county's municipalities with their code (SCB/Kolada) and the region's code",
  },
  sectors: { sv: "sektorerna (verksamheterna) som ska vara företrädda", en: "the sectors that are to be represented" },
  goals: { sv: "strategins delmål", en: "the strategy's sub-goals (delmål)" },
  principles: { sv: "principerna för samverkan", en: "the principles of collaboration" },
  tasks: { sv: "systemledningens uppgifter", en: "the tasks of a system leadership" },
  charterQuestions: { sv: "frågorna i överenskommelsen", en: "the charter's questions" },
  structure: { sv: "nyckelroller och ordförandes längsta mandattid", en: "key roles and the chair's longest term" },
  meetings: {
    sv: "mötesreglerna: standard (kallelse, justering, beslutsförhet); regler per forum när forumen finns",
    en: "the meeting rules: defaults (notice, approval, quorum); rules per forum once the forums exist",
  },
  assessment: { sv: "självskattningens instrument och gränser", en: "the self-assessment's instruments and limits" },
  followUp: { sv: "nyckeltal, färdplan och avstämningsintervall", en: "indicators, roadmap and check-in interval" },
  systemMap: {
    sv: "systemkartans nivåer, placeringsregler och medborgargrupper",
    en: "the system map's levels, placement rules and citizen groups",
  },
  notes: {
    sv: "vad i profilen som är hämtat ur källor och vad som är antaganden",
    en: "what in the profile is sourced and what is assumed",
  },
  ext: { sv: "ert eget tillägg (valfritt)", en: "your own additions (optional)" },
};

const fieldLine = (key: string, lang: "sv" | "en"): string =>
  `- \`${key}\`: ${FIELD_GUIDE[key]?.[lang] ?? (lang === "sv" ? "se profilens JSON Schema" : "see the profile's JSON Schema")}`;

/**
 * The README for a new county whose profile is `profile`, copied from the bundled county `from`.
 *
 * @example
 * const kalmar = await loadBundledCounty("kalmar");
 * countyReadme(profileForNewCounty(kalmar!.profile, "kalmar", "Region Gävleborg"), "kalmar").startsWith("# Region Gävleborg")
 */
export function countyReadme(profile: Profile, from: string): string {
  const keys = Object.keys(profile);
  return `# ${profile.name.sv}

Filerna är skapade med \`systemledning init-county --from ${from}\`. Allt utom namnet kommer från den
medföljande profilen "${from}" och ska ersättas med ert läns uppgifter.

## Vad ni ändrar härnäst

I \`profile.json\`:

${keys.map((key) => fieldLine(key, "sv")).join("\n")}

Mötesregler per forum, avstämningsintervall per systemledning, systemkartans placeringsregler för forum,
systemledningar, personer och organisationer samt medborgargrupperna är borttagna: de nämnde "${from}"s egna
poster. Lägg till era när posterna finns.

I \`workspace.json\` lägger ni sedan till organisationer, systemledningar, forum, personer och medlemskap.
Arbetsytan har en kopia av profilen i fältet \`profile\`: kopiera in \`profile.json\` där när ni har ändrat den.

Kontrollera efter varje ändring:

\`\`\`sh
systemledning check profile.json
systemledning check workspace.json
systemledning report workspace.json
\`\`\`

## What to edit next (English)

These files were made with \`systemledning init-county --from ${from}\`. Everything but the name comes from the
bundled profile "${from}" and is to be replaced with your county's facts.

In \`profile.json\`:

${keys.map((key) => fieldLine(key, "en")).join("\n")}

The meeting rules per forum, the check-in interval per leadership, the system map's placement rules for
forums, leaderships, people and organisations, and the citizen groups were taken out: they named the records
of "${from}". Add yours once the records exist.

In \`workspace.json\`, then add organisations, leaderships, forums, people and memberships. The workspace holds
a copy of the profile in its \`profile\` field: copy \`profile.json\` there once you have edited it.

Check after every change with the three commands above.
`;
}
