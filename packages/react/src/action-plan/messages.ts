/**
 * The texts of `ActionPlan` (a plan's focus areas, goals and activities, its progress and health, the filters
 * and the forms that change it), in Swedish and English. An area of its own in the kit's catalogue (decision
 * 0011); every key starts with `actionPlan`. Activity statuses and plan-health findings arrive bilingual from the
 * core (`ACTIVITY_STATUS_LABELS`, the findings' messages) and are not repeated here.
 */
import type { KitLocaleTools, PrimitiveMessageKey } from "../i18n/locale.js";

/** The action plan's texts by key, each in Swedish and English. */
export const ACTION_PLAN_MESSAGES = {
  // The plan
  actionPlanTitle: { sv: "Handlingsplan", en: "Action plan" },
  actionPlanEmpty: {
    sv: "Det finns ingen handlingsplan ännu. När en plan läggs in visas dess fokusområden, mål och aktiviteter här.",
    en: "There is no action plan yet. Once a plan is added, its focus areas, goals and activities show here.",
  },
  actionPlanPeriod: { sv: "Period {from}–{to}", en: "Period {from}–{to}" },
  actionPlanStatusDraft: { sv: "Utkast", en: "Draft" },
  actionPlanStatusAdopted: { sv: "Antagen", en: "Adopted" },
  actionPlanStatusClosed: { sv: "Avslutad", en: "Closed" },
  actionPlanProgressLabel: { sv: "Genomfört i planen", en: "Done in the plan" },
  actionPlanAreaProgressLabel: { sv: "Genomfört i fokusområdet", en: "Done in the focus area" },
  actionPlanProgressNone: { sv: "Inga aktiviteter att räkna", en: "No activities to count" },
  actionPlanProgressText: { sv: "{percent} klart", en: "{percent} done" },
  actionPlanStatusCounts: {
    sv: "{total} aktiviteter: {counts}.",
    en: "{total} activities: {counts}.",
  },

  // Health
  actionPlanHealthTitle: { sv: "Planens hälsa", en: "The plan's health" },
  actionPlanHealthNone: { sv: "Inga anmärkningar på planen.", en: "No findings on the plan." },
  actionPlanHealthCounts: {
    sv: "{errors} fel, {warnings} varningar och {infos} att titta på.",
    en: "{errors} errors, {warnings} warnings and {infos} worth a look.",
  },
  actionPlanHealthShowAll: { sv: "Visa alla {count} anmärkningar", en: "Show all {count} findings" },
  actionPlanHealthPlanLevel: { sv: "Om planen som helhet", en: "On the plan as a whole" },
  actionPlanSeverityError: { sv: "Fel", en: "Error" },
  actionPlanSeverityWarning: { sv: "Varning", en: "Warning" },
  actionPlanSeverityInfo: { sv: "Att titta på", en: "Worth a look" },

  // Filters
  actionPlanFilters: { sv: "Filtrera aktiviteterna", en: "Filter the activities" },
  actionPlanFilterLeadership: { sv: "Systemledning", en: "Leadership" },
  actionPlanFilterAllLeaderships: { sv: "Alla systemledningar", en: "All leaderships" },
  actionPlanFilterStatus: { sv: "Status", en: "Status" },
  actionPlanFilterAllStatuses: { sv: "Alla statusar", en: "All statuses" },
  actionPlanFilterOverdue: { sv: "Bara försenade", en: "Overdue only" },
  actionPlanFilterClear: { sv: "Visa alla", en: "Show all" },
  actionPlanShown: { sv: "Visar {shown} av {total} aktiviteter.", en: "Showing {shown} of {total} activities." },
  actionPlanShownNone: {
    sv: "Inga aktiviteter passar filtret.",
    en: "No activities match the filter.",
  },

  // Focus areas and goals
  actionPlanGoals: { sv: "Mål", en: "Goals" },
  actionPlanNoGoals: { sv: "Inga mål ännu.", en: "No goals yet." },
  actionPlanGoalMeasurable: { sv: "Mätbart mål", en: "Measurable goal" },
  actionPlanGoalQualitative: { sv: "Kvalitativt mål", en: "Qualitative goal" },
  actionPlanGoalIndicator: { sv: "Nyckeltal: {indicator}", en: "Indicator: {indicator}" },
  actionPlanGoalNoIndicator: { sv: "Inget nyckeltal kopplat", en: "No indicator linked" },
  actionPlanGoalTarget: { sv: "Målvärde {target} senast {date}", en: "Target {target} by {date}" },
  actionPlanGoalCriterion: { sv: "Kriterium: {criterion}", en: "Criterion: {criterion}" },
  actionPlanActivitiesCount: { sv: "Aktiviteter ({shown} av {total})", en: "Activities ({shown} of {total})" },
  actionPlanNoActivities: { sv: "Inga aktiviteter här.", en: "No activities here." },
  actionPlanShowMore: { sv: "Visa {count} aktiviteter till", en: "Show {count} more activities" },
  actionPlanShowFewer: { sv: "Visa färre aktiviteter", en: "Show fewer activities" },

  // An activity
  actionPlanOwner: { sv: "Ägare", en: "Owner" },
  actionPlanNoOwner: { sv: "Ingen ägare", en: "No owner" },
  actionPlanRole: { sv: "Ansvarig roll", en: "Responsible role" },
  actionPlanStart: { sv: "Start", en: "Start" },
  actionPlanDue: { sv: "Klart senast", en: "Due" },
  actionPlanNoDate: { sv: "Inget datum", en: "No date" },
  actionPlanStatus: { sv: "Status", en: "Status" },
  actionPlanProgress: { sv: "Genomfört", en: "Done" },
  actionPlanOverdue: { sv: "Försenad", en: "Overdue" },

  // Editing
  actionPlanEdit: { sv: "Ändra {title}", en: "Change {title}" },
  actionPlanAddActivity: { sv: "Lägg till aktivitet", en: "Add an activity" },
  actionPlanAddFocusArea: { sv: "Lägg till fokusområde", en: "Add a focus area" },
  actionPlanAddGoal: { sv: "Lägg till mål", en: "Add a goal" },
  actionPlanLinkIndicatorTo: { sv: "Koppla nyckeltal till {title}", en: "Link an indicator to {title}" },
  actionPlanFieldTitle: { sv: "Rubrik", en: "Title" },
  actionPlanFieldStatus: { sv: "Status", en: "Status" },
  actionPlanFieldProgress: { sv: "Genomfört, procent", en: "Done, per cent" },
  actionPlanFieldProgressHint: {
    sv: "Ett heltal 0–100. En klar aktivitet är 100 och en ej påbörjad 0.",
    en: "A whole number 0–100. A done activity is 100 and one not started 0.",
  },
  actionPlanFieldStart: { sv: "Startdatum", en: "Start date" },
  actionPlanFieldDue: { sv: "Klart senast", en: "Due date" },
  actionPlanFieldDateHint: {
    sv: "Skriv datumet som ÅÅÅÅ-MM-DD, eller lämna tomt.",
    en: "Write the date as YYYY-MM-DD, or leave it empty.",
  },
  actionPlanFieldOwner: { sv: "Ägare", en: "Owner" },
  actionPlanFieldRole: { sv: "Ansvarig roll", en: "Responsible role" },
  actionPlanFieldRoleHint: {
    sv: "En roll, inte en person: till exempel Socialchef eller Processledare.",
    en: "A role, not a person: for example Head of social services or Process lead.",
  },
  actionPlanFieldKind: { sv: "Slag av mål", en: "Kind of goal" },
  actionPlanFieldIndicator: { sv: "Nyckeltal", en: "Indicator" },
  actionPlanFieldCriterion: { sv: "Kriterium", en: "Criterion" },
  actionPlanFieldCriterionHint: {
    sv: "Hur ni ser att målet är nått.",
    en: "How you will tell that the goal was met.",
  },
  actionPlanNoIndicators: {
    sv: "Profilen har inga nyckeltal att koppla.",
    en: "The profile has no indicators to link.",
  },
  actionPlanNone: { sv: "Ingen", en: "None" },
  actionPlanSave: { sv: "Spara", en: "Save" },
  actionPlanSaving: { sv: "Sparar …", en: "Saving …" },
  actionPlanClose: { sv: "Stäng", en: "Close" },
  actionPlanProgressNotNumber: {
    sv: "Skriv andelen klart som ett heltal mellan 0 och 100.",
    en: "Write the share done as a whole number between 0 and 100.",
  },
  actionPlanErrorSummaryOne: { sv: "Det finns ett fel att rätta", en: "There is one thing to fix" },
  actionPlanErrorSummary: { sv: "Det finns {count} fel att rätta", en: "There are {count} things to fix" },
  actionPlanSavedActivity: { sv: "Sparat: {title}.", en: "Saved: {title}." },
  actionPlanSavedAdded: { sv: "Sparat. {title} är tillagd.", en: "Saved. {title} was added." },
} as const;

/** A key of {@link ACTION_PLAN_MESSAGES}. */
export type ActionPlanMessageKey = keyof typeof ACTION_PLAN_MESSAGES;

/** The locale tools of the action plan: its keys and the primitives'. */
export type ActionPlanTools = KitLocaleTools<ActionPlanMessageKey | PrimitiveMessageKey>;
