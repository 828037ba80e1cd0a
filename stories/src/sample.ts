/**
 * Workspaces for the stories: the Dalarna sample as a host would load it, and the same sample with
 * extreme text in every name a person reads (very long Swedish names, markup, formulas, control and
 * bidirectional characters), to show that the views keep text as inert text and still reflow.
 */
import { DALARNA_SAMPLE_AS_OF, createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { parseWorkspace, serializeWorkspace, type Workspace } from "@systemledning/core/workspace";

/** The day every story is evaluated on: the day the sample describes, so stories never change with the calendar. */
export const STORY_AS_OF: string = DALARNA_SAMPLE_AS_OF;

/** The Dalarna sample workspace, through the validating door. */
export function loadSample(): Workspace {
  return parseWorkspace(JSON.parse(serializeWorkspace(createDalarnaSampleWorkspace())));
}

/** Strings an intranet user might paste, or an attacker might try. Each must show exactly as typed. */
export const HOSTILE_STRINGS = [
  '<script>alert("xss")</script>',
  '<img src=x onerror="alert(1)">',
  '=HYPERLINK("http://example.invalid","klicka")',
  "Robert'); DROP TABLE forum;--",
  "\u202Eredrosskapsnätverket\u202C",
  "Socialförvaltningsutvecklingsprojektsamordningsgruppsledamotsersättaresuppdragsbeskrivningsdokumentet",
] as const;

const LONG_NAME =
  "Samverkansforumet för god och nära vård, hälsofrämjande och förebyggande arbete, socialtjänst, elevhälsa och primärvård i södra och västra Dalarna med omnejd";

/**
 * The sample with the regional leadership's forums, the first local leadership and its people renamed
 * to extreme strings. The result passes the door unchanged: the core keeps hostile text exactly.
 */
export function loadHostileSample(): Workspace {
  const sample = loadSample();
  const regional = sample.leaderships.find((l) => l.level === "regional");
  const firstLocal = sample.leaderships.find((l) => l.level === "local");
  const renamed: Workspace = {
    ...sample,
    leaderships: sample.leaderships.map((l) =>
      l.id === firstLocal?.id ? { ...l, name: `${LONG_NAME} ${HOSTILE_STRINGS[0]}` } : l,
    ),
    forums: sample.forums.map((forum, position) =>
      forum.leadershipId === regional?.id || forum.leadershipId === firstLocal?.id
        ? {
            ...forum,
            name: `${HOSTILE_STRINGS[position % HOSTILE_STRINGS.length] ?? ""} ${position % 2 === 0 ? LONG_NAME : ""}`.trim(),
          }
        : forum,
    ),
    people: sample.people.map((person, position) => ({
      ...person,
      name: HOSTILE_STRINGS[position % HOSTILE_STRINGS.length] ?? person.name,
    })),
  };
  return parseWorkspace(JSON.parse(serializeWorkspace(renamed)));
}
