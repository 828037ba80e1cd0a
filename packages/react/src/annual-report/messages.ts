/**
 * The texts of the annual report's page (its table of contents, the editors of the texts people write, the
 * downloads and printing), in Swedish and English. Every key starts with `annualReport`. The report's own words
 * (its headings, the reasons a part has no data) come from the core's renderers, bilingual with the data.
 */
export const ANNUAL_REPORT_MESSAGES = {
  annualReportContents: { sv: "Innehåll", en: "Contents" },
  annualReportActions: { sv: "Ladda ned och skriv ut", en: "Download and print" },
  annualReportDownloadHtml: { sv: "Ladda ned som HTML", en: "Download as HTML" },
  annualReportDownloadMarkdown: { sv: "Ladda ned som Markdown", en: "Download as Markdown" },
  annualReportPrint: { sv: "Skriv ut / spara som PDF", en: "Print / save as PDF" },
  annualReportDownloaded: { sv: "Filen {name} laddades ned.", en: "The file {name} was downloaded." },
  annualReportLead: {
    sv: "Rapporten sätts samman av arbetsytans data. Texterna som människor skriver redigeras under varje del; de sparas när ni lämnar fältet eller trycker Spara.",
    en: "The report is assembled from the workspace's data. The texts people write are edited below each part; they are saved when you leave the field or press Save.",
  },
  annualReportReadOnly: {
    sv: "Rapporten visas utan redigering: värden kan inte sparas här.",
    en: "The report is shown without editing: nothing can be saved here.",
  },
  annualReportEditTexts: { sv: "Skriv texten till {part}", en: "Write the text of {part}" },
  annualReportTitlePage: { sv: "titelsidan", en: "the title page" },
  annualReportFieldSv: {
    sv: "Text på svenska (ett stycke per tom rad)",
    en: "Text in Swedish (one paragraph per blank line)",
  },
  annualReportFieldEn: {
    sv: "Text på engelska, valfri (stycke för stycke som den svenska)",
    en: "Text in English, optional (paragraph by paragraph as the Swedish)",
  },
  annualReportTitleSv: { sv: "Rubrik på svenska", en: "Title in Swedish" },
  annualReportTitleEn: { sv: "Rubrik på engelska, valfri", en: "Title in English, optional" },
  annualReportSubtitleSv: { sv: "Underrubrik på svenska", en: "Subtitle in Swedish" },
  annualReportSubtitleEn: { sv: "Underrubrik på engelska, valfri", en: "Subtitle in English, optional" },
  annualReportAuthor: { sv: "Författare", en: "Author" },
  annualReportApprovedBy: { sv: "Godkänd av", en: "Approved by" },
  annualReportDate: { sv: "Datum (ÅÅÅÅ-MM-DD)", en: "Date (YYYY-MM-DD)" },
  annualReportDiarienummer: { sv: "Diarienummer", en: "Reference number (diarienummer)" },
  annualReportVersion: { sv: "Version", en: "Version" },
  annualReportSave: { sv: "Spara", en: "Save" },
  annualReportSaveLabel: { sv: "Spara texten till {part}", en: "Save the text of {part}" },
  annualReportSaving: { sv: "Sparar …", en: "Saving …" },
  annualReportSaved: { sv: "Texten till {part} är sparad.", en: "The text of {part} was saved." },
  annualReportNotSaved: {
    sv: "Texten till {part} är inte sparad. Det ni skrev finns kvar.",
    en: "The text of {part} was not saved. What you wrote is kept.",
  },
  annualReportRefused: { sv: "Kunde inte sparas:", en: "Could not be saved:" },
  annualReportTooManyEnglish: {
    sv: "Den engelska texten har fler stycken ({en}) än den svenska ({sv}). Varje engelskt stycke hör till ett svenskt.",
    en: "The English text has more paragraphs ({en}) than the Swedish ({sv}). Each English paragraph belongs to a Swedish one.",
  },
  annualReportLessonPointsKept: {
    sv: "Lärdomarna som rubricerade punkter ({count}) sparas som de är; de skrivs i arbetsytan.",
    en: "The lessons as headed points ({count}) are kept as they are; they are written in the workspace.",
  },
} as const;

/** The key of a text of the annual report's page. */
export type AnnualReportMessageKey = keyof typeof ANNUAL_REPORT_MESSAGES;
