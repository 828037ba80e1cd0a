/**
 * Bench page entry: SurveyJS 3 as its documentation sets it up in React (`survey-core`'s `Model` from the
 * survey's JSON, `survey-react-ui`'s `<Survey model>`, the default theme's stylesheet), in Swedish (its
 * Swedish translation imported, `locale: "sv"`), pre-filled with the charter (`model.data`). The fontless
 * stylesheet: the default one loads Open Sans from Google's servers, which a Swedish public body would not
 * (and which would time the network here); the two differ in that `@font-face` only.
 */
import "survey-core/survey-core.fontless.css";
import "survey-core/i18n/swedish";
import { Model } from "survey-core";
import { Survey } from "survey-react-ui";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { registerWorkbookCandidate, type WorkbookCandidate } from "./page.js";
import type { SurveyWorkbookData } from "./protocol.js";

/** SurveyJS: the model is built from its JSON inside the timed mount, as the page builds it when it opens. */
export const surveyjs: WorkbookCandidate<SurveyWorkbookData> = {
  mount(host, data) {
    const model = new Model(data.json);
    model.data = data.data;
    const root = createRoot(host);
    flushSync(() => root.render(<Survey model={model} />));
    return {
      answerField(questionId) {
        const field = host.querySelector(`[data-name="${questionId}"] textarea`);
        if (!(field instanceof HTMLTextAreaElement)) throw new Error(`surveyjs: no textarea for "${questionId}"`);
        return field;
      },
      ready: () => host.querySelector("textarea") !== null,
    };
  },
};

registerWorkbookCandidate(surveyjs);
