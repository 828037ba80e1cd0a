/**
 * The texts of the Metodstöd workbook's shell (sections, fields, drafts, completeness, the charter document), in
 * Swedish and English. Every key starts with `workbook`. The Metodstöd's own words (its parts, questions, principles
 * and tasks) come from the core and the profile, bilingual with the data, and are not repeated here.
 */
export const WORKBOOK_MESSAGES = {
  workbookTitle: { sv: "Metodstöd: {name}", en: "Metodstöd: {name}" },
  workbookLead: {
    sv: "Gå igenom Metodstödets delar och frågor i er takt. Det ni skriver sparas när ni lämnar fältet eller trycker Spara; ett utkast finns kvar tills det är sparat.",
    en: "Work through the parts and questions of the Metodstöd at your own pace. What you write is saved when you leave the field or press Save; a draft is kept until it is saved.",
  },
  workbookCompleteness: { sv: "{answered} av {total} besvarade", en: "{answered} of {total} answered" },
  workbookCompletenessLabel: { sv: "Hur långt ni har kommit", en: "How far you have come" },
  workbookContents: { sv: "Metodstödets delar", en: "Parts of the Metodstöd" },
  workbookPartCount: { sv: "{answered} av {total}", en: "{answered} of {total}" },
  workbookStillOpen: { sv: "Fortfarande öppet", en: "Still open" },
  workbookAllAnswered: {
    sv: "Allt är besvarat. Överenskommelsen är komplett.",
    en: "Everything is answered. The charter is complete.",
  },
  workbookQuestions: { sv: "Frågor ur Metodstödet", en: "Questions of the Metodstöd" },
  workbookSave: { sv: "Spara", en: "Save" },
  workbookSaveLabel: { sv: "Spara – {part}", en: "Save – {part}" },
  workbookSaving: { sv: "Sparar …", en: "Saving …" },
  workbookSaved: { sv: "Sparat.", en: "Saved." },
  workbookNothingToSave: { sv: "Inget osparat i delen.", en: "Nothing unsaved in this part." },
  workbookNotSaved: {
    sv: "Inte sparat. Det ni skrev finns kvar.",
    en: "Not saved. What you wrote is kept.",
  },
  workbookRefused: { sv: "Kunde inte sparas:", en: "Could not be saved:" },
  workbookDraftNote: { sv: "Osparat utkast (återställt).", en: "Unsaved draft (restored)." },
  workbookDiscardDraft: { sv: "Släng utkastet", en: "Discard the draft" },
  workbookDraftsRestored: {
    sv: "{count} osparade utkast återställdes. Spara dem eller släng dem.",
    en: "{count} unsaved drafts were restored. Save them or discard them.",
  },
  workbookDiscardAll: { sv: "Släng alla utkast", en: "Discard all drafts" },
  workbookDraftsDiscarded: { sv: "Utkasten är slängda.", en: "The drafts were discarded." },
  workbookUseDefaultPrinciples: { sv: "Använd länets principer", en: "Use the county's principles" },
  workbookUseDefaultTasks: { sv: "Använd länets uppgifter", en: "Use the county's tasks" },
  workbookPrinciple: { sv: "Princip {number}", en: "Principle {number}" },
  workbookTask: { sv: "Uppgift {number}", en: "Task {number}" },
  workbookAddPrinciple: { sv: "Lägg till egen princip", en: "Add a principle of your own" },
  workbookAddTask: { sv: "Lägg till egen uppgift", en: "Add a task of your own" },
  workbookRemove: { sv: "Ta bort", en: "Remove" },
  workbookRemoveLabel: { sv: "Ta bort {label}", en: "Remove {label}" },
  workbookEmptyPrinciples: {
    sv: "Inga principer ännu. Börja med länets fem eller skriv egna.",
    en: "No principles yet. Start from the county's five or write your own.",
  },
  workbookEmptyTasks: {
    sv: "Inga uppgifter ännu. Börja med länets eller skriv egna.",
    en: "No tasks yet. Start from the county's or write your own.",
  },
  workbookNoForum: {
    sv: "Systemledningen har inget forum än; sammansättning och mötesregler hör till ett forum.",
    en: "The system leadership has no forum yet; composition and meeting rules belong to a forum.",
  },
  workbookSectorsTitle: { sv: "Representation i {forum}", en: "Representation in {forum}" },
  workbookRulesTitle: { sv: "Mötesregler för {forum}", en: "Meeting rules of {forum}" },
  workbookDownload: { sv: "Ladda ned överenskommelsen (HTML)", en: "Download the charter (HTML)" },
  workbookPrint: { sv: "Skriv ut", en: "Print" },
  workbookDownloaded: { sv: "Överenskommelsen är nedladdad.", en: "The charter was downloaded." },
  workbookAdoptionTitle: { sv: "Anta överenskommelsen", en: "Adopt the charter" },
  workbookNotAdopted: {
    sv: "Överenskommelsen är inte antagen än. När systemledningen har beslutat, ange dagen här.",
    en: "The charter has not been adopted yet. When the system leadership has decided, record the day here.",
  },
  workbookAdoptedOn: { sv: "Överenskommelsen antogs {date}.", en: "The charter was adopted on {date}." },
  workbookAdoptionDay: { sv: "Antagen den", en: "Adopted on" },
  workbookAdopt: { sv: "Anta överenskommelsen", en: "Adopt the charter" },
  workbookAdopted: { sv: "Sparat: överenskommelsen antogs {date}.", en: "Saved: the charter was adopted on {date}." },
} as const;

/** A key of the workbook's texts. */
export type WorkbookMessageKey = keyof typeof WORKBOOK_MESSAGES;
