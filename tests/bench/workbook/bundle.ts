/**
 * What a host pays for the workbook and for SurveyJS: the JavaScript of host-cost's entries (`workbook`,
 * `workbookWithStructure`, `surveyjs`), bundled by the scoring bench's `measureBundle` (esbuild: minify,
 * tree-shake, code splitting, production; everything but React; gzip per chunk), and the stylesheet each needs,
 * through the timeline bench's `measureStylesheet` (bundled with its imports, minified, gzip).
 */
import { join } from "node:path";
import { HOST_ENTRIES } from "../host-cost/bundle.js";
import { measureBundle, ROOT, type BundleSize } from "../scoring/bundle.js";
import { measureStylesheet, type StylesheetSize } from "../timeline/bundle.js";

/** The workbook bench's sizes. */
export interface WorkbookBundleSizes {
  /** `MetodstodWorkbook` from the kit's root, the core bundled in. */
  readonly ours: BundleSize;
  /** The same with the structure views of a leadership's page. */
  readonly oursWithStructure: BundleSize;
  /** SurveyJS: `Model`, `<Survey>` and the Swedish texts. */
  readonly surveyjs: BundleSize;
  /** The kit's whole stylesheet (`@systemledning/react/styles.css`): one file for every component. */
  readonly oursStyles: StylesheetSize;
  /** Of it, the workbook's own rules (workbook.css). */
  readonly oursWorkbookStyles: StylesheetSize;
  /** SurveyJS's default theme (`survey-core/survey-core.min.css`), Open Sans from Google's font servers. */
  readonly surveyjsStyles: StylesheetSize;
  /** The same theme without the web font (`survey-core.fontless.min.css`), as the bench pages load it. */
  readonly surveyjsFontlessStyles: StylesheetSize;
}

/** Measure the JavaScript and the stylesheets of both. */
export async function measureWorkbookBundles(): Promise<WorkbookBundleSizes> {
  const js = (name: "workbook" | "workbookWithStructure" | "surveyjs") =>
    measureBundle(name, HOST_ENTRIES[name], { coreExternal: false });
  return {
    ours: await js("workbook"),
    oursWithStructure: await js("workbookWithStructure"),
    surveyjs: await js("surveyjs"),
    oursStyles: await measureStylesheet(join(ROOT, "packages/react/src/styles.css")),
    oursWorkbookStyles: await measureStylesheet(join(ROOT, "packages/react/src/workbook/workbook.css")),
    surveyjsStyles: await measureStylesheet(join(ROOT, "node_modules/survey-core/survey-core.min.css")),
    surveyjsFontlessStyles: await measureStylesheet(
      join(ROOT, "node_modules/survey-core/survey-core.fontless.min.css"),
    ),
  };
}
