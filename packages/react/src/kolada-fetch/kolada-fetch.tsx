/**
 * "Hämta från Kolada": a button that fetches the values of the profile's indicators with a Kolada id through the
 * host's `fetch` (the core's Kolada client, one indicator at a time), shows how far it has come, can be cancelled,
 * and hands the values to the host as the core's `replaceIndicatorValues`, checked at the door first. All or
 * nothing: a failure or a cancel changes no value, and says so.
 */
import {
  createKoladaClient,
  fetchIndicatorValues,
  type KoladaFetch as KoladaFetchFunction,
} from "@systemledning/core/kolada";
import { replaceIndicatorValues, type IndicatorValueSource } from "@systemledning/core/plan";
import type { ValidationIssue, Workspace } from "@systemledning/core/workspace";
import { useEffect, useId, useRef, useState } from "react";
import type { KitLocale } from "../i18n/format.js";
import { useKitLocale } from "../i18n/locale.js";
import { useAnnounce } from "../primitives/live-region.js";
import { Widget, type WidgetProps } from "../primitives/widget.js";
import { notSaved, refusalOf, type KitChangeHandler } from "../store/change.js";
import { KOLADA_FETCH_MESSAGES } from "./messages.js";

/** What a {@link KoladaFetch} change is, for the host's log or undo. */
export interface KoladaFetchChangeContext {
  readonly command: "replaceIndicatorValues";
  /** The indicators whose values were replaced. */
  readonly indicatorIds: readonly string[];
  /** How many values came in. */
  readonly count: number;
  /** When they were fetched (ISO 8601). */
  readonly retrievedAt: string;
}

/** Props of {@link KoladaFetch}. */
export interface KoladaFetchProps extends WidgetProps {
  /** The workspace whose profile names the indicators (those with `kolada.kpiId` are fetched). */
  readonly workspace: Workspace;
  /** The host's `fetch` (the platform's, a proxy of the intranet, or recorded answers). The only network used. */
  readonly fetch: KoladaFetchFunction;
  /** The years to fetch. @default the years of the workspace's values of those indicators, else the four last */
  readonly years?: readonly number[] | undefined;
  /** The Kolada API's address. @default the public Kolada API v3 */
  readonly baseUrl?: string | undefined;
  /** Receives the change (`replaceIndicatorValues` bound to the values) and answers with the outcome of saving it. */
  readonly onChange?: KitChangeHandler<KoladaFetchChangeContext> | undefined;
  /**
   * The source written on each value fetched. @default Kolada's ("Kolada", "Källa: Kolada"). A demo on recorded or
   * constructed answers names them here, so invented values never say "Källa: Kolada".
   */
  readonly source?: Pick<IndicatorValueSource, "name" | "attribution"> | undefined;
  /** The clock, for the time shown and kept in each value's source. @default `() => new Date()` */
  readonly now?: (() => Date) | undefined;
  /** The heading level of the widget's title. @default 2 */
  readonly headingLevel?: 2 | 3 | 4 | undefined;
}

type FetchState =
  | { readonly kind: "idle" }
  | { readonly kind: "running"; readonly done: number; readonly total: number }
  | {
      readonly kind: "done";
      readonly count: number;
      readonly at: Date;
      readonly sample: boolean;
      readonly unmapped: number;
    }
  | { readonly kind: "failed"; readonly message: string }
  | { readonly kind: "cancelled" }
  | { readonly kind: "refused"; readonly issues: readonly ValidationIssue[] };

/** Progress is announced at most this often: a screen reader that reads every step is noise. */
const ANNOUNCE_EVERY_MS = 3000;

function defaultYears(workspace: Workspace, indicatorIds: ReadonlySet<string>, now: Date): number[] {
  const years = new Set<number>();
  for (const value of workspace.indicatorValues)
    if (indicatorIds.has(value.indicatorId)) years.add(Number(value.period));
  if (years.size > 0) return [...years].sort((a, b) => a - b);
  const last = now.getFullYear() - 1;
  return [last - 3, last - 2, last - 1, last];
}

function formatTime(at: Date, locale: KitLocale): string {
  return new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
  }).format(at);
}

function yearSpan(years: readonly number[]): string {
  if (years.length === 0) return "–";
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? String(first) : `${first}–${last}`;
}

function KoladaFetchBody({
  workspace,
  fetch,
  years,
  baseUrl,
  onChange,
  source,
  now = () => new Date(),
  headingLevel = 2,
}: KoladaFetchProps) {
  const { t, text, locale, number } = useKitLocale(undefined, KOLADA_FETCH_MESSAGES);
  const announce = useAnnounce();
  const headingId = useId();
  const [state, setState] = useState<FetchState>({ kind: "idle" });
  const controller = useRef<AbortController | null>(null);
  const lastAnnounced = useRef(0);
  useEffect(() => () => controller.current?.abort(), []);

  const indicators = workspace.profile.followUp?.indicators ?? [];
  const withKpi = indicators.filter((i) => i.kolada !== undefined);
  const withoutKpi = indicators.filter((i) => i.kolada === undefined);
  const ids = new Set(withKpi.map((i) => i.id));
  const shownYears = years ?? defaultYears(workspace, ids, now());
  const Heading = `h${headingLevel}` as const;

  const start = async () => {
    if (controller.current !== null) return;
    const abort = new AbortController();
    controller.current = abort;
    setState({ kind: "running", done: 0, total: withKpi.length });
    announce(t("koladaFetchStarted"));
    lastAnnounced.current = Date.now();
    const at = now();
    const retrievedAt = at.toISOString();
    try {
      const client = createKoladaClient({ fetch, ...(baseUrl === undefined ? {} : { baseUrl }), signal: abort.signal });
      const result = await fetchIndicatorValues(client, workspace, {
        years: shownYears,
        signal: abort.signal,
        retrievedAt,
        onProgress: ({ done, total }) => {
          setState({ kind: "running", done, total });
          if (done < total && Date.now() - lastAnnounced.current >= ANNOUNCE_EVERY_MS) {
            lastAnnounced.current = Date.now();
            announce(t("koladaFetchProgress", { done: number(done), total: number(total) }));
          }
        },
      });
      if (!result.ok) {
        if (result.error.code === "aborted") {
          setState({ kind: "cancelled" });
          announce(t("koladaFetchCancelled"));
        } else setState({ kind: "failed", message: text(result.error.message) });
        return;
      }
      const { indicatorIds, unmapped } = result.value;
      const values =
        source === undefined
          ? result.value.values
          : result.value.values.map((v) => ({ ...v, source: { ...v.source, ...source } }));
      const change = (ws: Workspace) => replaceIndicatorValues(ws, { values, indicatorIds, retrievedAt });
      const checked = change(workspace);
      if (!checked.ok) {
        setState({ kind: "refused", issues: checked.error.issues });
        return;
      }
      const outcome =
        onChange === undefined
          ? undefined
          : await onChange(change, {
              command: "replaceIndicatorValues",
              indicatorIds,
              count: values.length,
              retrievedAt,
            });
      const refused = refusalOf(outcome);
      if (refused !== null) {
        setState({ kind: "refused", issues: refused.issues });
        return;
      }
      if (notSaved(outcome)) {
        // A clash: the host's dialog asks what to do; nothing more to say here.
        setState({ kind: "idle" });
        return;
      }
      const replacedIds = new Set(indicatorIds);
      // "ersatte exempelvärdena" when what was there came from elsewhere (the sample), not from an earlier fetch.
      const sourceName = source?.name ?? "Kolada";
      const sample = workspace.indicatorValues.some(
        (v) => replacedIds.has(v.indicatorId) && v.source?.name !== sourceName,
      );
      const done = { kind: "done", count: values.length, at, sample, unmapped: unmapped.length } as const;
      setState(done);
      announce(
        t(sample ? "koladaFetchDone" : "koladaFetchDoneReplaced", {
          count: number(done.count),
          time: formatTime(at, locale),
        }),
      );
    } finally {
      controller.current = null;
    }
  };

  const running = state.kind === "running";
  return (
    <section className="sl-kolada-fetch" aria-labelledby={headingId}>
      <Heading id={headingId} className="sl-kolada-fetch-title">
        {t("koladaFetchTitle")}
      </Heading>
      {withKpi.length === 0 ? (
        <p>{t("koladaFetchNothingToFetch")}</p>
      ) : (
        <>
          <p>{t("koladaFetchLead", { years: yearSpan(shownYears), count: number(withKpi.length) })}</p>
          {withoutKpi.length === 0 ? null : (
            <p className="sl-kolada-fetch-note">
              {t("koladaFetchWithoutKpi", {
                count: number(withoutKpi.length),
                names: withoutKpi.map((i) => text(i.title)).join(", "),
              })}
            </p>
          )}
          <ul className="sl-kolada-fetch-current" aria-label={t("koladaFetchCurrentLabel")}>
            {withKpi.map((indicator) => {
              const values = workspace.indicatorValues.filter((v) => v.indicatorId === indicator.id);
              const params = { title: text(indicator.title), kpi: indicator.kolada?.kpiId ?? "" };
              // Each source once, in its own words: sample values say they are invented, Kolada's say "Källa: Kolada".
              const sources = [
                ...new Set(values.flatMap((v) => (v.source === undefined ? [] : [text(v.source.attribution)]))),
              ];
              return (
                <li key={indicator.id}>
                  {values.length === 0
                    ? t("koladaFetchCurrentNone", params)
                    : t("koladaFetchCurrent", { ...params, count: number(values.length), sources: sources.join("; ") })}
                </li>
              );
            })}
          </ul>
          <div className="sl-kolada-fetch-actions">
            <button
              type="button"
              className="sl-button sl-button-primary"
              disabled={running}
              onClick={() => void start()}
            >
              {t("koladaFetchButton")}
            </button>
            {running ? (
              <button type="button" className="sl-button" onClick={() => controller.current?.abort()}>
                {t("koladaFetchCancel")}
              </button>
            ) : null}
          </div>
          {running ? (
            <div className="sl-kolada-fetch-progress">
              <progress max={Math.max(1, state.total)} value={state.done} aria-label={t("koladaFetchProgressLabel")} />
              <span>{t("koladaFetchProgress", { done: number(state.done), total: number(state.total) })}</span>
            </div>
          ) : null}
        </>
      )}
      {state.kind === "done" ? (
        <div className="sl-kolada-fetch-result">
          <p>
            {t(state.sample ? "koladaFetchDone" : "koladaFetchDoneReplaced", {
              count: number(state.count),
              time: formatTime(state.at, locale),
            })}{" "}
            <span className="sl-kolada-fetch-source">
              {source === undefined ? t("koladaFetchSource") : text(source.attribution)}
            </span>
          </p>
          {state.unmapped === 0 ? null : <p>{t("koladaFetchUnmapped", { count: number(state.unmapped) })}</p>}
        </div>
      ) : null}
      {state.kind === "cancelled" ? <p className="sl-kolada-fetch-result">{t("koladaFetchCancelled")}</p> : null}
      {state.kind === "failed" ? (
        <div role="alert" className="sl-kolada-fetch-error">
          <p>
            <strong>{t("koladaFetchFailed")}</strong> {state.message}
          </p>
        </div>
      ) : null}
      {state.kind === "refused" ? (
        <div role="alert" className="sl-kolada-fetch-error">
          <p>{t("koladaFetchRefused", { count: number(state.issues.length) })}</p>
          <ul>
            {state.issues.slice(0, 10).map((issue, i) => (
              <li key={i}>
                <code>{issue.path}</code> {text(issue.message)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

/**
 * The core's `KoladaFetch`, the host's fetch the client takes: the type keeps the core's meaning under the
 * component's name, so `@systemledning/react`, which re-exports the core, has one `KoladaFetch` of each kind.
 */
export type KoladaFetch = KoladaFetchFunction;

/**
 * "Hämta från Kolada": fetch the values of the profile's indicators that have a Kolada id through the host's
 * `fetch`, with a progress bar and text ("3 av 6 indikatorer"), progress announced politely now and then, a cancel,
 * and on success how many values came and when; on failure a clear error saying nothing was changed. The values
 * reach the host as the core's `replaceIndicatorValues`, checked at the door before `onChange`.
 *
 * @example
 * const updates = useWorkspaceUpdates(store);
 * <KoladaFetch workspace={workspace} fetch={(url, init) => fetch(url, init)} onChange={updates.apply} />
 */
export function KoladaFetch(props: KoladaFetchProps) {
  return (
    <Widget locale={props.locale} theme={props.theme} className={props.className} onError={props.onError}>
      <KoladaFetchBody {...props} />
    </Widget>
  );
}
