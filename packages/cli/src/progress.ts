/**
 * Progress on long work: a line on stderr per step when a person watches (stderr is a terminal), nothing when
 * the output goes to a log or a county's CI, so that their logs hold only the result.
 */
import type { BilingualMessage } from "@systemledning/core/workspace";
import type { Lang } from "./messages.js";

/** Where the steps of long work are told. */
export interface Progress {
  /** A step begins. */
  step(message: BilingualMessage): void;
}

/** Where the command line writes: the process's streams, or a test's buffers. */
export interface Output {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** True when stderr is a terminal, so progress lines are for a person. */
  readonly stderrIsTerminal: boolean;
}

/**
 * Progress that writes `… <step>` lines with the time since the start, in the chosen language, or does nothing.
 *
 * @example
 * const progress = createProgress(output, "sv");
 * progress.step({ sv: "Läser fil", en: "Reading file" }); // stderr: "… Läser fil (0,0 s)"
 */
export function createProgress(output: Output, lang: Lang): Progress {
  if (!output.stderrIsTerminal) return { step: () => undefined };
  const started = performance.now();
  return {
    step(message) {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      output.stderr(`… ${message[lang]} (${lang === "sv" ? seconds.replace(".", ",") : seconds} s)\n`);
    },
  };
}
