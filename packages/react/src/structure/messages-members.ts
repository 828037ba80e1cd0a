/**
 * The texts of `MembersEditor` (a forum's members and the three tasks that change them), in Swedish and
 * English. Part of the structure area's catalogue (decision 0011); every key starts with `membersEditor`, so no
 * other area's or structure view's key is taken. Role names and the core's refusals arrive bilingual from the
 * core and are not repeated here.
 */
import type { KitLocaleTools, PrimitiveMessageKey } from "../i18n/locale.js";

/** The editor's texts by key, each in Swedish and English. */
export const MEMBERS_EDITOR_MESSAGES = {
  // The list
  membersEditorTitle: { sv: "Ledamöter i {forum}", en: "Members of {forum}" },
  membersEditorCount: { sv: "{count} uppdrag den {date}.", en: "{count} seats on {date}." },
  membersEditorCountOne: { sv: "Ett uppdrag den {date}.", en: "One seat on {date}." },
  membersEditorCaption: { sv: "Ledamöter och ersättare den {date}", en: "Members and substitutes on {date}" },
  membersEditorForumEnded: {
    sv: "Forumet avslutades den {date}. Ett nytt uppdrag i det måste sluta senast den dagen.",
    en: "The forum ended on {date}. A new seat in it must end on that day at the latest.",
  },
  membersEditorEmpty: { sv: "Forumet har inga ledamöter den {date}.", en: "The forum has no members on {date}." },
  membersEditorColumnName: { sv: "Namn", en: "Name" },
  membersEditorColumnOrganisation: { sv: "Organisation", en: "Organisation" },
  membersEditorColumnSector: { sv: "Sektor", en: "Sector" },
  membersEditorColumnRoles: { sv: "Roller", en: "Roles" },
  membersEditorColumnMandate: { sv: "Mandat", en: "Mandate" },
  membersEditorColumnSubstitute: { sv: "Ersättare", en: "Substitute" },
  membersEditorMandateYes: { sv: "Med mandat", en: "With mandate" },
  membersEditorMandateNo: { sv: "Utan mandat", en: "Without mandate" },
  membersEditorStandsInFor: { sv: "Ersätter {name}", en: "Stands in for {name}" },

  // The tasks
  membersEditorTasks: { sv: "Ändra ledamöterna", en: "Change the members" },
  membersEditorTaskAdd: { sv: "Lägg till ledamot", en: "Add a member" },
  membersEditorTaskSubstitute: { sv: "Ange ersättare", en: "Set a substitute" },
  membersEditorTaskEnd: { sv: "Avsluta uppdrag", en: "End a seat" },
  membersEditorClose: { sv: "Stäng", en: "Close" },
  membersEditorSaving: { sv: "Sparar …", en: "Saving …" },
  membersEditorChoose: { sv: "Välj …", en: "Choose …" },
  membersEditorOptional: { sv: "(frivilligt)", en: "(optional)" },

  // Fields
  membersEditorPersonLegend: { sv: "Person", en: "Person" },
  membersEditorPersonExisting: { sv: "En person som redan finns", en: "Someone already listed" },
  membersEditorPersonNew: { sv: "En ny person", en: "Someone new" },
  membersEditorPerson: { sv: "Person", en: "Person" },
  membersEditorName: { sv: "Namn", en: "Name" },
  membersEditorTitleField: { sv: "Titel eller uppdrag", en: "Title or office" },
  membersEditorTitleHint: {
    sv: "Till exempel Socialchef eller Kommunstyrelsens ordförande.",
    en: "For example Head of social services or Chair of the municipal board.",
  },
  membersEditorOrganisation: { sv: "Organisation som företräds", en: "Organisation represented" },
  membersEditorSector: { sv: "Sektor", en: "Sector" },
  membersEditorNoSector: { sv: "Ingen sektor", en: "No sector" },
  membersEditorRoles: { sv: "Roller i forumet", en: "Roles in the forum" },
  membersEditorKind: { sv: "Slag av ledamot", en: "Kind of member" },
  membersEditorKindPolitician: { sv: "Politiker", en: "Politician" },
  membersEditorKindOfficial: { sv: "Tjänsteperson", en: "Official" },
  membersEditorKindUserRepresentative: { sv: "Brukarföreträdare", en: "User representative" },
  membersEditorKindCitizen: { sv: "Invånare", en: "Citizen" },
  membersEditorKindOther: { sv: "Annan", en: "Other" },
  membersEditorMandate: {
    sv: "Har beslutsmandat för sin organisation",
    en: "Can decide on behalf of their organisation",
  },
  membersEditorFrom: { sv: "Från och med", en: "From" },
  membersEditorTo: { sv: "Till och med", en: "Until" },
  membersEditorDateHint: { sv: "Skriv datumet som ÅÅÅÅ-MM-DD.", en: "Write the date as YYYY-MM-DD." },
  membersEditorToHint: {
    sv: "Lämna tomt om uppdraget gäller tills vidare. Skriv datumet som ÅÅÅÅ-MM-DD.",
    en: "Leave empty if the seat has no end date. Write the date as YYYY-MM-DD.",
  },

  // Substitutes
  membersEditorHolder: { sv: "Ledamot med mandat", en: "Member with mandate" },
  membersEditorNoHolders: {
    sv: "Ingen ledamot har beslutsmandat den {date}, så det finns ingen att ange ersättare för.",
    en: "No member holds a mandate on {date}, so there is no one to set a substitute for.",
  },
  membersEditorCurrentSubstitutes: { sv: "Ersättare nu: {names}.", en: "Substitutes now: {names}." },
  membersEditorNoSubstitute: { sv: "{name} har ingen ersättare.", en: "{name} has no substitute." },
  membersEditorSubstituteOnly: {
    sv: "{name} har bara platsen som ersättare. Ska hen inte längre ersätta, avsluta uppdraget under ”Avsluta uppdrag”.",
    en: "{name} holds only the substitute seat. If they are no longer to stand in, end the seat under “End a seat”.",
  },
  membersEditorClearSubstitute: { sv: "Ta bort {name} som ersättare", en: "Remove {name} as substitute" },
  membersEditorSubstituteLegend: { sv: "Vem blir ersättare?", en: "Who becomes the substitute?" },
  membersEditorSubstituteSeat: { sv: "En ledamot i forumet", en: "A member of the forum" },
  membersEditorSubstituteSeatField: { sv: "Ledamot som blir ersättare", en: "Member who becomes substitute" },
  membersEditorSubstituteSeatHint: {
    sv: "Personens plats i forumet knyts till ledamoten ovan.",
    en: "The person's seat in the forum is linked to the member above.",
  },
  membersEditorSubstituteHint: {
    sv: "Ersättaren får en plats som ersättare, för samma organisation och sektor, med mandat när hen ersätter.",
    en: "The substitute gets a substitute seat for the same organisation and sector, with mandate when standing in.",
  },
  membersEditorSubstituteSubmit: { sv: "Ange ersättare", en: "Set the substitute" },

  // Ending
  membersEditorEndSeat: { sv: "Uppdrag", en: "Seat" },
  membersEditorEndOn: { sv: "Sista dag", en: "Last day" },
  membersEditorEndHint: {
    sv: "Personen och det hen varit med om finns kvar; bara uppdraget tar slut. Skriv datumet som ÅÅÅÅ-MM-DD.",
    en: "The person and their history stay; only the seat ends. Write the date as YYYY-MM-DD.",
  },
  membersEditorEndSubmit: { sv: "Avsluta uppdraget …", en: "End the seat …" },
  membersEditorEndConfirmQuestion: {
    sv: "Avsluta uppdraget för {name} den {date}?",
    en: "End the seat of {name} on {date}?",
  },
  membersEditorEndConfirmYes: { sv: "Ja, avsluta uppdraget", en: "Yes, end the seat" },
  membersEditorEndConfirmNo: { sv: "Nej, behåll uppdraget", en: "No, keep the seat" },
  membersEditorNoSeats: { sv: "Forumet har inga uppdrag att avsluta.", en: "The forum has no seats to end." },

  // Outcomes
  membersEditorErrorSummaryOne: { sv: "Det finns ett fel att rätta", en: "There is one thing to fix" },
  membersEditorErrorSummary: { sv: "Det finns {count} fel att rätta", en: "There are {count} things to fix" },
  membersEditorSavedAdded: {
    sv: "Sparat. {name} är ledamot från och med {date}.",
    en: "Saved. {name} is a member from {date}.",
  },
  membersEditorSavedSubstitute: {
    sv: "Sparat. {name} är ersättare för {holder}.",
    en: "Saved. {name} is the substitute of {holder}.",
  },
  membersEditorSavedCleared: {
    sv: "Sparat. {name} är inte längre ersättare för {holder}.",
    en: "Saved. {name} is no longer the substitute of {holder}.",
  },
  membersEditorSavedEnded: {
    sv: "Sparat. Uppdraget för {name} slutar den {date}.",
    en: "Saved. The seat of {name} ends on {date}.",
  },
  membersEditorMissingPerson: { sv: "Välj en person.", en: "Choose a person." },
  membersEditorMissingName: { sv: "Skriv personens namn.", en: "Write the person's name." },
  membersEditorMissingOrganisation: {
    sv: "Välj organisationen som personen företräder.",
    en: "Choose the organisation the person represents.",
  },
  membersEditorMissingRoles: { sv: "Välj minst en roll.", en: "Choose at least one role." },
  membersEditorMissingKind: { sv: "Välj slag av ledamot.", en: "Choose the kind of member." },
  membersEditorMissingDate: {
    sv: "Skriv ett datum som ÅÅÅÅ-MM-DD.",
    en: "Write a date as YYYY-MM-DD.",
  },
  membersEditorMissingHolder: { sv: "Välj ledamoten med mandat.", en: "Choose the member with mandate." },
  membersEditorMissingSeat: {
    sv: "Välj ledamoten som blir ersättare.",
    en: "Choose the member who becomes substitute.",
  },
  membersEditorMissingEndSeat: { sv: "Välj uppdraget som ska avslutas.", en: "Choose the seat to end." },
} as const;

/** A key of {@link MEMBERS_EDITOR_MESSAGES}. */
export type MembersEditorMessageKey = keyof typeof MEMBERS_EDITOR_MESSAGES;

/** The locale tools of the editor: its own texts and the primitives'. */
export type MembersEditorTools = KitLocaleTools<MembersEditorMessageKey | PrimitiveMessageKey>;
