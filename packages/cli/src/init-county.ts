/**
 * `systemledning init-county`: a new county's files to edit, copied from a bundled county's profile. The
 * workspace written holds the profile and no records (no people, no sample data), and both files pass the
 * core's doors before anything is written.
 */
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { loadBundledCounty } from "@systemledning/core/counties";
import { toCanonicalJson } from "@systemledning/core/io";
import {
  createEmptyWorkspace,
  parseWorkspace,
  safeParseProfile,
  serializeWorkspace,
  type BilingualMessage,
  type Profile,
} from "@systemledning/core/workspace";
import { countyReadme } from "./init-county-readme.js";
import { bothLanguages, type Lang } from "./messages.js";
import type { Output } from "./progress.js";

/** The files `init-county` writes, in the order it writes them. */
export const COUNTY_FILES = ["profile.json", "workspace.json", "README.md"] as const;

/**
 * An id from a name: "Region Gävleborg" → "region-gavleborg" (letters without their marks, digits, hyphens).
 *
 * @example
 * idFromName("Region Västernorrland") // "region-vasternorrland"
 */
export function idFromName(name: string): string {
  const id = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 64);
  return id === "" ? "lan" : id;
}

/**
 * `source`, the profile of the bundled county `from` (any of `BUNDLED_COUNTIES` in `@systemledning/core/counties`),
 * under the new name, with the parts that name the source county's own forums, leaderships and organisations taken
 * out (a new county has none of them yet, and a reference to them would not pass the door): the meeting rules per
 * forum, the check-in interval per leadership, the system map's placement rules other than by sector, and its
 * citizen groups. Everything else stays, for the county to edit.
 */
export function profileForNewCounty(source: Profile, from: string, name: string): Profile {
  const profile = structuredClone(source);
  profile.id = idFromName(name);
  profile.name = { sv: name, en: name };
  profile.notes = [
    {
      sv: `Kopierad från den medföljande profilen "${from}" med systemledning init-county. Allt utom namnet kommer därifrån och ska ersättas med ert läns uppgifter.`,
      en: `Copied from the bundled profile "${from}" with systemledning init-county. Everything but the name comes from there and is to be replaced with your county's facts.`,
    },
  ];
  if (profile.meetings !== undefined) profile.meetings.forums = {};
  if (profile.followUp !== undefined) delete profile.followUp.checkInInterval.byLeadership;
  if (profile.systemMap !== undefined) {
    profile.systemMap.placement = profile.systemMap.placement.filter((rule) => rule.appliesTo === "sector");
    profile.systemMap.citizenGroups = [];
  }
  // A guard, not a check of the user's input: if a bundled profile gains another reference to a workspace's
  // records, this fails in the tests (init-county round trip) rather than writing a workspace the door refuses.
  const checked = safeParseProfile(profile);
  if (!checked.success || checked.unchecked.length > 0)
    throw new Error(`init-county: the ${from} profile still names records of its workspace`);
  return checked.data;
}

/** Options of {@link runInitCounty}. */
export interface InitCountyOptions {
  readonly from: string;
  readonly name: string;
  readonly dir: string;
  readonly force: boolean;
  readonly lang: Lang;
}

/**
 * Run `init-county`: write the three files into `dir` (created when missing). Refuses, writing nothing, when
 * any of them exists and `force` is not set. Returns the exit code.
 *
 * @example
 * await runInitCounty({ from: "kalmar", name: "Region Gävleborg", dir: "gavleborg", force: false, lang: "sv" }, output);
 */
export async function runInitCounty(options: InitCountyOptions, output: Output): Promise<number> {
  const print = (message: BilingualMessage, to: "stdout" | "stderr" = "stdout") =>
    output[to](`${bothLanguages(message, options.lang).join("\n")}\n`);
  const paths = COUNTY_FILES.map((file) => join(options.dir, file));
  const existing = paths.filter((path) => existsSync(path));
  if (existing.length > 0 && !options.force) {
    print(
      {
        sv: `Skriver inte över ${existing.join(", ")}. Välj en annan mapp med --dir, eller skriv över med --force.`,
        en: `Not overwriting ${existing.join(", ")}. Choose another folder with --dir, or overwrite with --force.`,
      },
      "stderr",
    );
    return 1;
  }
  // main.ts has refused an id that is not bundled; a county that vanished since is a fault of the program.
  const source = await loadBundledCounty(options.from);
  if (source === undefined) throw new Error(`init-county: no bundled county "${options.from}"`);
  const profile = profileForNewCounty(source.profile, options.from, options.name);
  const workspace = serializeWorkspace(parseWorkspace(createEmptyWorkspace(profile)));
  const texts = [toCanonicalJson(profile), workspace, countyReadme(profile, options.from)];
  await mkdir(options.dir, { recursive: true });
  for (const [i, path] of paths.entries()) await writeFile(path, texts[i]!, "utf8");
  print({
    sv: `Skrev ${paths.join(", ")}. Läs ${paths[2]} för vad ni ska ändra, och kontrollera med systemledning check.`,
    en: `Wrote ${paths.join(", ")}. Read ${paths[2]} for what to edit, and check with systemledning check.`,
  });
  return 0;
}
