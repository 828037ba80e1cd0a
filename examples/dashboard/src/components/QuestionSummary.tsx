import type { StructureStatus } from "@systemledning/core/structure";
import { useI18n } from "../i18n.js";
import type { QuestionKey } from "../questions.js";
import { StatusLabel } from "./Status.js";

/**
 * One status per question, as a description list: the question in words, its status in words and shape.
 */
export function QuestionSummary({
  questions,
  summary,
}: {
  readonly questions: readonly {
    readonly key: QuestionKey;
    readonly name: { readonly sv: string; readonly en: string };
  }[];
  readonly summary: Partial<Record<QuestionKey, StructureStatus>>;
}) {
  const { locale } = useI18n();
  return (
    <dl className="dash-summary">
      {questions.map((question) => {
        const status = summary[question.key];
        if (status === undefined) return null;
        return (
          <div key={question.key} className="dash-summary-item">
            <dt>{question.name[locale]}</dt>
            <dd>
              <StatusLabel status={status} />
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
