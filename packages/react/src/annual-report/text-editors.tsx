/**
 * The editors of the texts people write for the report: one under each part that takes text (a textarea per list
 * of paragraphs, Swedish and optionally English, paragraph by paragraph) and one for the title page. Each saves when
 * focus leaves it or on its Save button, through `setAnnualReportTexts`, and says so in the widget's live region.
 */
import type { AnnualReportTexts } from "@systemledning/core/plan";
import type { LocalizedText } from "@systemledning/core/workspace";
import type { Workspace } from "@systemledning/core/workspace";
import { useId, useState, type FocusEvent, type FormEvent, type ReactNode } from "react";
import type { KitLocaleTools } from "../i18n/locale.js";
import { useAnnounce } from "../primitives/live-region.js";
import type { KitChangeHandler } from "../store/change.js";
import type { AnnualReportMessageKey } from "./messages.js";
import { useTextSave, type AnnualReportChangeContext } from "./use-text-save.js";

/** The fields of the texts that are lists of paragraphs, one per part of the report. */
export type ParagraphField = "assignment" | "followUp" | "picture" | "regionalSupport" | "lessons" | "reflections";

/** What every editor needs from the page. */
export interface EditorBase {
  readonly workspace: Workspace;
  readonly year: number;
  readonly texts: AnnualReportTexts;
  readonly onChange: KitChangeHandler<AnnualReportChangeContext> | undefined;
  readonly tools: KitLocaleTools<AnnualReportMessageKey>;
  /** The part's name, as the report's table of contents says it. */
  readonly partName: string;
  readonly headingLevel: number;
}

/** Paragraphs as text: one paragraph per blank line. */
export function paragraphsToText(list: readonly LocalizedText[] | undefined, language: "sv" | "en"): string {
  return (list ?? []).map((p) => (language === "sv" ? p.sv : (p.en ?? ""))).join("\n\n");
}

/** Text as paragraphs: split at blank lines, each trimmed, empty ones left out. */
export function textToParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

/** The drafts of one editor: kept until a save was kept and the host shows a newer workspace. */
function useDrafts<T>(workspace: Workspace) {
  const [drafts, setDrafts] = useState<Partial<T>>({});
  const [keptOn, setKeptOn] = useState<Workspace | null>(null);
  // Adjusted while rendering, not in an effect: once the host shows a newer workspace than the one a save was kept
  // on, the saved text is what the workspace holds and the draft goes.
  if (keptOn !== null && workspace !== keptOn) {
    setDrafts({});
    setKeptOn(null);
  }
  return { drafts, setDrafts, keptOn, setKeptOn };
}

function EditorShell({
  base,
  title,
  dirty,
  onSave,
  issues,
  pending,
  children,
}: {
  readonly base: EditorBase;
  readonly title: string;
  readonly dirty: boolean;
  readonly onSave: () => void;
  readonly issues: readonly { readonly path: string; readonly message: string }[];
  readonly pending: boolean;
  readonly children: ReactNode;
}) {
  const { t } = base.tools;
  const titleId = useId();
  const Heading = `h${Math.min(6, base.headingLevel + 1)}` as "h3";
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave();
  };
  // Leaving the editor saves what was typed (focus moving between its own fields does not).
  const blur = (event: FocusEvent<HTMLFormElement>) => {
    const next = event.relatedTarget as Node | null;
    if (dirty && (next === null || !event.currentTarget.contains(next))) onSave();
  };
  return (
    <form className="sl-annual-report-editor" aria-labelledby={titleId} onSubmit={submit} onBlur={blur} noValidate>
      <Heading id={titleId} className="sl-annual-report-editor-title">
        {title}
      </Heading>
      {children}
      {issues.length > 0 ? (
        <div className="sl-annual-report-issues" role="alert">
          <p>{t("annualReportRefused")}</p>
          <ul>
            {issues.map((issue, i) => (
              <li key={i}>{issue.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <button type="submit" className="sl-button" aria-label={t("annualReportSaveLabel", { part: base.partName })}>
        {pending ? t("annualReportSaving") : t("annualReportSave")}
      </button>
    </form>
  );
}

/** Announce the outcome of a save. */
function useOutcome(base: EditorBase) {
  const announce = useAnnounce();
  return (outcome: "saved" | "refused" | "not-saved") => {
    const { t } = base.tools;
    if (outcome === "saved") announce(t("annualReportSaved", { part: base.partName }));
    else announce(t("annualReportNotSaved", { part: base.partName }));
  };
}

/**
 * The editor of one part's paragraphs.
 *
 * @example
 * <ParagraphsEditor base={base} field="lessons" />
 */
export function ParagraphsEditor({ base, field }: { readonly base: EditorBase; readonly field: ParagraphField }) {
  const { t, locale } = base.tools;
  const id = useId();
  const saver = useTextSave(base);
  const report = useOutcome(base);
  const { drafts, setDrafts, setKeptOn } = useDrafts<{ sv: string; en: string }>(base.workspace);
  const [localIssue, setLocalIssue] = useState<string | null>(null);
  const saved = base.texts[field];
  const sv = drafts.sv ?? paragraphsToText(saved, "sv");
  const en = drafts.en ?? paragraphsToText(saved, "en");
  const dirty = drafts.sv !== undefined || drafts.en !== undefined;
  const save = async () => {
    const svList = textToParagraphs(sv);
    const enList = textToParagraphs(en);
    if (enList.length > svList.length) {
      setLocalIssue(t("annualReportTooManyEnglish", { sv: String(svList.length), en: String(enList.length) }));
      report("refused");
      return;
    }
    setLocalIssue(null);
    const list: LocalizedText[] = svList.map((text, i) =>
      enList[i] === undefined ? { sv: text } : { sv: text, en: enList[i] },
    );
    const outcome = await saver.save({ [field]: list });
    if (outcome === "saved") setKeptOn(base.workspace);
    report(outcome);
  };
  const issues = [
    ...(localIssue === null ? [] : [{ path: field, message: localIssue }]),
    ...saver.state.issues.map((issue) => ({ path: issue.path, message: issue.message[locale] })),
  ];
  return (
    <EditorShell
      base={base}
      title={t("annualReportEditTexts", { part: base.partName })}
      dirty={dirty}
      onSave={() => void save()}
      issues={issues}
      pending={saver.state.pending}
    >
      <div className="sl-annual-report-field">
        <label htmlFor={`${id}-sv`}>{t("annualReportFieldSv")}</label>
        <textarea
          id={`${id}-sv`}
          lang="sv"
          rows={Math.max(3, sv.split("\n").length + 1)}
          value={sv}
          aria-invalid={issues.length > 0 || undefined}
          onChange={(event) => setDrafts((d) => ({ ...d, sv: event.target.value }))}
        />
      </div>
      <div className="sl-annual-report-field">
        <label htmlFor={`${id}-en`}>{t("annualReportFieldEn")}</label>
        <textarea
          id={`${id}-en`}
          lang="en"
          rows={Math.max(2, en.split("\n").length + 1)}
          value={en}
          onChange={(event) => setDrafts((d) => ({ ...d, en: event.target.value }))}
        />
      </div>
      {field === "lessons" && (base.texts.lessonPoints?.length ?? 0) > 0 ? (
        <p className="sl-annual-report-note">
          {t("annualReportLessonPointsKept", { count: String(base.texts.lessonPoints?.length ?? 0) })}
        </p>
      ) : null}
    </EditorShell>
  );
}

type TitleKey =
  "titleSv" | "titleEn" | "subtitleSv" | "subtitleEn" | "author" | "approvedBy" | "date" | "diarienummer" | "version";

const TITLE_FIELDS: readonly {
  readonly key: TitleKey;
  readonly label: AnnualReportMessageKey;
  readonly lang?: string;
}[] = [
  { key: "titleSv", label: "annualReportTitleSv", lang: "sv" },
  { key: "titleEn", label: "annualReportTitleEn", lang: "en" },
  { key: "subtitleSv", label: "annualReportSubtitleSv", lang: "sv" },
  { key: "subtitleEn", label: "annualReportSubtitleEn", lang: "en" },
  { key: "author", label: "annualReportAuthor" },
  { key: "approvedBy", label: "annualReportApprovedBy" },
  { key: "date", label: "annualReportDate" },
  { key: "diarienummer", label: "annualReportDiarienummer" },
  { key: "version", label: "annualReportVersion" },
];

function savedTitleValue(texts: AnnualReportTexts, key: TitleKey): string {
  switch (key) {
    case "titleSv":
      return texts.title?.sv ?? "";
    case "titleEn":
      return texts.title?.en ?? "";
    case "subtitleSv":
      return texts.subtitle?.sv ?? "";
    case "subtitleEn":
      return texts.subtitle?.en ?? "";
    default:
      return texts[key] ?? "";
  }
}

/** A localized text from two fields, or undefined when the Swedish is empty (the English alone is kept as Swedish). */
function localized(sv: string, en: string): LocalizedText | undefined {
  const s = sv.trim();
  const e = en.trim();
  if (s === "" && e === "") return undefined;
  if (s === "") return { sv: e };
  return e === "" ? { sv: s } : { sv: s, en: e };
}

/**
 * The editor of the title page: title and subtitle (Swedish and English), author, approval, date, reference
 * number and version.
 *
 * @example
 * <TitlePageEditor base={base} />
 */
export function TitlePageEditor({ base }: { readonly base: EditorBase }) {
  const { t, locale } = base.tools;
  const id = useId();
  const saver = useTextSave(base);
  const report = useOutcome(base);
  const { drafts, setDrafts, setKeptOn } = useDrafts<Record<TitleKey, string>>(base.workspace);
  const value = (key: TitleKey) => drafts[key] ?? savedTitleValue(base.texts, key);
  const dirty = Object.keys(drafts).length > 0;
  const save = async () => {
    const plain = (key: "author" | "approvedBy" | "date" | "diarienummer" | "version") => {
      const text = value(key).trim();
      return text === "" ? undefined : text;
    };
    const outcome = await saver.save({
      title: localized(value("titleSv"), value("titleEn")),
      subtitle: localized(value("subtitleSv"), value("subtitleEn")),
      author: plain("author"),
      approvedBy: plain("approvedBy"),
      date: plain("date"),
      diarienummer: plain("diarienummer"),
      version: plain("version"),
    });
    if (outcome === "saved") setKeptOn(base.workspace);
    report(outcome);
  };
  const issues = saver.state.issues.map((issue) => ({ path: issue.path, message: issue.message[locale] }));
  return (
    <EditorShell
      base={base}
      title={t("annualReportEditTexts", { part: base.partName })}
      dirty={dirty}
      onSave={() => void save()}
      issues={issues}
      pending={saver.state.pending}
    >
      <div className="sl-annual-report-fields">
        {TITLE_FIELDS.map((field) => (
          <div className="sl-annual-report-field" key={field.key}>
            <label htmlFor={`${id}-${field.key}`}>{t(field.label)}</label>
            <input
              id={`${id}-${field.key}`}
              type="text"
              lang={field.lang}
              value={value(field.key)}
              onChange={(event) => setDrafts((d) => ({ ...d, [field.key]: event.target.value }))}
            />
          </div>
        ))}
      </div>
    </EditorShell>
  );
}
