/**
 * A fake Kolada `fetch` for the stories (the same as the component tests'): it answers the data address of U21468 for
 * the asked municipalities and years with a small answer in Kolada v3's shape (constructed values), optionally
 * after a delay, or fails with a status.
 */
import type { KoladaFetch } from "@systemledning/core/kolada";

/** Options of {@link fakeKoladaFetch}. */
export interface FakeKoladaOptions {
  /** Answer every request with this status (and an empty body) instead. */
  readonly status?: number;
  /** Wait this long before answering (aborted early by the request's signal). */
  readonly delayMs?: number;
  /** Every address asked for. */
  readonly requests?: string[];
}

/** A Kolada answer with T, K and M for each municipality and year in `url` (K null for the first municipality). */
function answerFor(url: string): unknown {
  const match = /\/data\/kpi\/([^/]+)\/municipality\/([^/]+)\/year\/([^/?]+)/.exec(url);
  if (match === null) return { count: 0, values: [], next_url: null };
  const [, kpi, codes, years] = match as unknown as [string, string, string, string];
  const values = codes.split(",").flatMap((municipality, m) =>
    years.split(",").map((year, y) => ({
      isdeleted: false,
      kpi,
      municipality,
      period: Number(year),
      values: [
        { count: 1, gender: "T", status: "", value: 80 + m + y },
        { count: m === 0 ? 0 : 1, gender: "K", status: "", value: m === 0 ? null : 81 + m + y },
        { count: 1, gender: "M", status: "", value: 79 + m + y },
      ],
    })),
  );
  return { count: values.length, values, next_url: null };
}

/** A fake Kolada for tests and stories: constructed values in the v3 shape, never Kolada's. */
export function fakeKoladaFetch(options: FakeKoladaOptions = {}): KoladaFetch {
  return async (url, init) => {
    options.requests?.push(url);
    if (options.delayMs !== undefined)
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, options.delayMs);
        init.signal.addEventListener("abort", () => {
          clearTimeout(timer);
          reject(new DOMException("Aborted", "AbortError"));
        });
      });
    if (options.status !== undefined) return { status: options.status, text: () => Promise.resolve("") };
    const body = JSON.stringify(answerFor(url));
    return { status: 200, text: () => Promise.resolve(body) };
  };
}
