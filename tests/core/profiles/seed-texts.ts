/**
 * The seed documents (the Swedish sources in `../shared/seeds/`, beside the repository), read at test time
 * so the profile tests can check wording against them and the sample's people against their names without
 * the project ever holding a copy of a real person's name. `SYSTEMLEDNING_SEEDS_DIR` overrides the place.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** Where the seeds are: `SYSTEMLEDNING_SEEDS_DIR`, or `../shared/seeds` next to the repository root. */
export const SEEDS_DIR = process.env["SYSTEMLEDNING_SEEDS_DIR"] ?? fileURLToPath(new URL("../../../../shared/seeds", import.meta.url));

/** One seed file: its name and its text with runs of white space collapsed to one space. */
export interface SeedText {
  readonly file: string;
  readonly text: string;
}

/** Collapse white space, so a phrase broken over lines in a seed still matches. */
export function normaliseSpace(text: string): string {
  return text.normalize("NFC").replace(/\s+/gu, " ");
}

/** Read every `*.txt` seed. Throws, failing the test, when the folder is missing: the checks need it. */
export function readSeedTexts(): SeedText[] {
  if (!existsSync(SEEDS_DIR)) {
    throw new Error(`Seed folder not found at ${SEEDS_DIR}; set SYSTEMLEDNING_SEEDS_DIR to the folder of the seed .txt files.`);
  }
  return readdirSync(SEEDS_DIR)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => ({ file, text: normaliseSpace(readFileSync(join(SEEDS_DIR, file), "utf8")) }));
}

/** The seed whose file name starts with `prefix` (`"001"` is the Metodstöd). */
export function seedText(seeds: readonly SeedText[], prefix: string): string {
  const seed = seeds.find((s) => s.file.startsWith(prefix));
  if (seed === undefined) throw new Error(`No seed file starting with ${prefix} in ${SEEDS_DIR}`);
  return seed.text;
}

/**
 * The name fragments of `fullName` that must not occur in a seed: the full name and every ordered pair of
 * its parts ("first last", "middle last", "first middle"), so a shuffled or shortened seed name is caught.
 */
export function nameFragments(fullName: string): string[] {
  const parts = normaliseSpace(fullName).trim().split(" ");
  const fragments = new Set<string>([parts.join(" ")]);
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j < parts.length; j++) fragments.add(`${parts[i]} ${parts[j]}`);
  }
  return [...fragments];
}

/** The fragments of `fullName` that occur in any seed, case-insensitively, as whole words. */
export function nameOccurrencesInSeeds(fullName: string, seeds: readonly SeedText[]): string[] {
  const lowerSeeds = seeds.map((seed) => seed.text.toLocaleLowerCase("sv"));
  return nameFragments(fullName).filter((fragment) => {
    const escaped = fragment.toLocaleLowerCase("sv").replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
    const pattern = new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, "u");
    return lowerSeeds.some((text) => pattern.test(text));
  });
}
