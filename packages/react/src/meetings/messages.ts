/**
 * The texts of the meeting views (annual plan, meeting page, compliance overview), in Swedish and
 * English. Part of `KIT_MESSAGES`; the area's components look their keys up here and in the primitives'
 * texts. Every key starts with `meetings`, so no other area's key is taken. The core's own words (item kinds,
 * findings, refusals) arrive bilingual with the data and are not repeated here.
 */
import type { KitLocaleTools, PrimitiveMessageKey } from "../i18n/locale.js";
import { MEETING_STATUS_MESSAGES } from "./status-messages.js";

export const MEETING_VIEW_MESSAGES = {
  // Shared: statuses, modes, severities, dates
  ...MEETING_STATUS_MESSAGES,
  meetingsStatusLabel: { sv: "Status:", en: "Status:" },
  meetingsModePhysical: { sv: "Fysiskt möte", en: "In person" },
  meetingsModeDigital: { sv: "Digitalt möte", en: "Online" },
  meetingsModeHybrid: { sv: "Hybridmöte", en: "Hybrid" },
  meetingsSeverityError: { sv: "Avvikelse", en: "Deviation" },
  meetingsSeverityWarning: { sv: "Bör ses över", en: "Needs a look" },
  meetingsSeverityNote: { sv: "Att känna till", en: "Worth knowing" },
  meetingsNoFindings: { sv: "Inga avvikelser från mötesreglerna", en: "No deviations from the meeting rules" },
  meetingsTimeLabel: { sv: "Klockan", en: "Time" },
  meetingsOf: { sv: "av", en: "of" },
  meetingsPreRegistrationDeadline: { sv: "Föranmälan av ärenden senast", en: "Items pre-registered by" },
  meetingsPreparationOn: { sv: "Beredning av dagordningen", en: "Agenda prepared on" },
  meetingsNoticeDeadline: { sv: "Kallelse senast", en: "Notice sent by" },
  meetingsNotesDue: { sv: "Anteckningar senast", en: "Notes sent by" },
  meetingsApprovalDue: { sv: "Justering senast", en: "Approved by" },
  meetingsOpenMeeting: { sv: "Öppna mötet", en: "Open the meeting" },
  meetingsCancelledBecause: { sv: "Skäl:", en: "Reason:" },

  // Annual plan
  meetingsPlanTitle: { sv: "Årsplan {year}", en: "Annual plan {year}" },
  meetingsPlanCount: { sv: "{count} möten planerade", en: "{count} meetings planned" },
  meetingsPlanTarget: {
    sv: "enligt mötesreglerna, som anger {min}–{max} möten per år.",
    en: "by the meeting rules, which set {min}–{max} meetings a year.",
  },
  meetingsPlanOffTarget: {
    sv: "men mötesreglerna anger {min}–{max} möten per år. Se över månaderna i reglerna.",
    en: "but the meeting rules set {min}–{max} meetings a year. Check the months in the rules.",
  },
  meetingsPlanRecorded: {
    sv: "{recorded} möten är registrerade hittills.",
    en: "{recorded} meetings are recorded so far.",
  },
  meetingsPlanMissed: {
    sv: "{count} planerade datum har passerat utan registrerat möte",
    en: "{count} planned dates passed without a recorded meeting",
  },
  meetingsPlanRecurrence: {
    sv: "Datumen följer mötesreglernas mönster och flyttas från helgdagar.",
    en: "The dates follow the pattern of the meeting rules and move off holidays.",
  },
  meetingsPlanFixedDates: { sv: "Datumen är fastställda av forumet.", en: "The dates were fixed by the forum." },
  meetingsPlanFixedBy: { sv: "Årets datum ska vara fastställda senast", en: "This year's dates are to be fixed by" },
  meetingsPlanRules: {
    sv: "Kallelse minst {notice} dagar före mötet, anteckningar inom {notes} dagar och justering inom {review} dagar därefter.",
    en: "Notice at least {notice} days before the meeting, notes within {notes} days and approval within {review} days after that.",
  },
  meetingsRulesForum: { sv: "(Forumets egna mötesregler.)", en: "(The forum's own meeting rules.)" },
  meetingsRulesProfile: { sv: "(Länets gemensamma mötesregler.)", en: "(The county's common meeting rules.)" },
  meetingsRulesBuiltIn: {
    sv: "(Metodstödets exempel på mötesstruktur.)",
    en: "(The Metodstöd's example meeting structure.)",
  },
  meetingsPlanDownload: { sv: "Ladda ner årsplanen till kalendern", en: "Download the plan for your calendar" },
  meetingsPlanDownloadMembers: { sv: "Ladda ner för ledamöterna", en: "Download for the members" },
  meetingsPlanDownloadHint: {
    sv: "Filerna är i iCalendar-format och öppnas i Outlook och andra kalendrar. Sekreterarens fil har också sista dag för kallelse; ledamöternas har bara mötena.",
    en: "The files are iCalendar and open in Outlook and other calendars. The secretary's file also holds the last day for each notice; the members' has the meetings only.",
  },
  meetingsPlanFileMembers: { sv: "ledamöter", en: "members" },
  meetingsPlanDownloaded: { sv: "Kalenderfilen {file} laddades ner.", en: "The calendar file {file} was downloaded." },
  meetingsPlanMeetingNumber: { sv: "Möte {number}", en: "Meeting {number}" },
  meetingsPlanNext: { sv: "Nästa möte", en: "Next meeting" },
  meetingsPlanMoved: { sv: "Flyttat", en: "Moved" },
  meetingsPlanMovedFrom: { sv: "från", en: "from" },
  meetingsPlanNonMeetingDay: {
    sv: "Fastställt på en dag som inte är mötesdag: {reason}",
    en: "Fixed on a day that is not a meeting day: {reason}",
  },
  meetingsPlanNoMeetingPast: { sv: "Inget möte registrerat för datumet", en: "No meeting recorded for this date" },
  meetingsPlanNoMeetingYet: { sv: "Inget möte inlagt ännu.", en: "No meeting entered yet." },
  meetingsPlanOtherDay: { sv: "Annan dag:", en: "Another day:" },
  meetingsPlanUnplanned: { sv: "Möten utanför årsplanen", en: "Meetings outside the plan" },
  meetingsPlanUnplannedHint: {
    sv: "Möten under året som inte hör till något planerat datum, till exempel extra möten.",
    en: "Meetings of the year that belong to no planned date, such as extra meetings.",
  },

  // Meeting page: header, lifecycle
  meetingsMeetingOn: { sv: "Möte {date}", en: "Meeting on {date}" },
  meetingsStepsLabel: { sv: "Mötets gång", en: "The meeting's progress" },
  meetingsStepDone: { sv: "Klart:", en: "Done:" },
  meetingsStepCurrent: { sv: "Nu:", en: "Now:" },
  meetingsStepUpcoming: { sv: "Kommer:", en: "To come:" },
  meetingsLifecycleNext: { sv: "Nästa steg", en: "Next step" },
  meetingsLifecycleDone: { sv: "Mötets status", en: "The meeting's status" },
  meetingsNextNotice: {
    sv: "Kallelsen ska skickas till ledamöterna senast",
    en: "The notice is due to the members by",
  },
  meetingsSendNotice: { sv: "Registrera att kallelsen är skickad", en: "Record that the notice was sent" },
  meetingsNoticeDone: { sv: "Kallelsen är registrerad som skickad.", en: "The notice is recorded as sent." },
  meetingsNextHeld: {
    sv: "Markera mötet som genomfört när det har hållits. Närvaro och anteckningar kan föras in redan under mötet.",
    en: "Mark the meeting held once it has taken place. Attendance and notes can be entered during the meeting.",
  },
  meetingsModeQuestion: { sv: "Hur hölls mötet?", en: "How was the meeting held?" },
  meetingsMarkHeld: { sv: "Markera som genomfört", en: "Mark as held" },
  meetingsHeldDone: { sv: "Mötet är markerat som genomfört.", en: "The meeting is marked as held." },
  meetingsNextNotes: {
    sv: "Skicka anteckningarna till alla ledamöter för läsning och justering senast",
    en: "Send the notes to all members for reading and approval by",
  },
  meetingsSendNotes: { sv: "Skicka anteckningarna på justering", en: "Send the notes for review" },
  meetingsNotesSentDone: { sv: "Anteckningarna är skickade på justering.", en: "The notes were sent for review." },
  meetingsNextApprove: {
    sv: "Ledamöterna läser och lämnar synpunkter. Anteckningarna ska vara justerade senast",
    en: "The members read and comment. The notes are due for approval by",
  },
  meetingsApproveHint: {
    sv: "När du justerar skrivs besluten och anteckningarna in i beslutsloggen och kan därefter bara rättas med en ny post.",
    en: "Approving writes the decisions and notes into the decisions log; after that they can only be corrected by a new entry.",
  },
  meetingsApprove: { sv: "Justera anteckningarna", en: "Approve the notes" },
  meetingsApproving: { sv: "Justerar anteckningarna …", en: "Approving the notes …" },
  meetingsApprovingHint: {
    sv: "Besluten och anteckningarna skrivs in i beslutsloggen.",
    en: "The decisions and notes are being written into the log.",
  },
  meetingsApprovedDone: {
    sv: "Anteckningarna är justerade och inskrivna i beslutsloggen.",
    en: "The notes are approved and written into the decisions log.",
  },
  meetingsApprovedOn: { sv: "Anteckningarna justerades", en: "The notes were approved on" },
  meetingsApprovedHint: {
    sv: "De ändras inte längre; en rättelse görs som en ny post i beslutsloggen.",
    en: "They are no longer changed; a correction is a new entry of the decisions log.",
  },
  meetingsCancelledOn: { sv: "Mötet ställdes in", en: "The meeting was cancelled on" },
  meetingsWorking: { sv: "Sparar …", en: "Saving …" },
  meetingsSavedFirst: {
    sv: "Osparade ändringar i närvaro och anteckningar sparas först.",
    en: "Unsaved changes to attendance and notes are saved first.",
  },
  meetingsCancelOpen: { sv: "Ställ in mötet …", en: "Cancel the meeting …" },
  meetingsCancelReason: { sv: "Varför ställs mötet in?", en: "Why is the meeting cancelled?" },
  meetingsCancelReasonHint: {
    sv: "Skälet står i kalendern och i uppföljningen, till exempel ”För få anmälda ärenden”.",
    en: "The reason shows in the calendar and the follow-up, for example “Too few items registered”.",
  },
  meetingsCancelReasonMissing: { sv: "Skriv varför mötet ställs in.", en: "Say why the meeting is cancelled." },
  meetingsCancelReasonTooLong: {
    sv: "Skälet får vara högst {max} tecken.",
    en: "The reason can be at most {max} characters.",
  },
  meetingsCancelConfirm: { sv: "Ställ in mötet", en: "Cancel the meeting" },
  meetingsCancelKeep: { sv: "Behåll mötet", en: "Keep the meeting" },
  meetingsCancelDone: { sv: "Mötet är inställt.", en: "The meeting is cancelled." },

  // Meeting page: outcomes
  meetingsRefusedTitle: { sv: "Det gick inte att spara", en: "This could not be saved" },
  meetingsRefusedKept: {
    sv: "Det du har skrivit finns kvar. Rätta det som står ovan och försök igen.",
    en: "What you typed is kept. Fix what is said above and try again.",
  },
  meetingsRefusedDismiss: { sv: "Dölj meddelandet", en: "Hide the message" },
  meetingsErrorSummaryOne: { sv: "Det finns ett fel att rätta", en: "There is a problem to fix" },
  meetingsErrorSummary: { sv: "Det finns {count} fel att rätta", en: "There are {count} problems to fix" },
  meetingsUnsaved: { sv: "Det finns osparade ändringar.", en: "There are unsaved changes." },

  // Meeting page: compliance
  meetingsComplianceTitle: { sv: "Enligt mötesreglerna", en: "Against the meeting rules" },
  meetingsComplianceAsOf: { sv: "Bedömt per", en: "Judged as of" },

  // Meeting page: attendance and quorum
  meetingsAttendanceTitle: { sv: "Närvaro och beslutsförhet", en: "Attendance and quorum" },
  meetingsAttendanceHint: {
    sv: "Markera vilka som deltar. En ersättare som markeras tjänstgör för sin ledamot när ledamoten inte är markerad.",
    en: "Tick who takes part. A ticked substitute stands in for their member when the member is not ticked.",
  },
  meetingsAttendanceCounts: {
    sv: "{present} närvarande, {represented} genom ersättare, {absent} frånvarande.",
    en: "{present} present, {represented} through a substitute, {absent} absent.",
  },
  meetingsAttendanceNoMembers: {
    sv: "Forumet har inga ledamöter den dagen.",
    en: "The forum has no members on that day.",
  },
  meetingsWithMandate: { sv: "med mandat", en: "with mandate" },
  meetingsSubstituteFor: { sv: "ersättare för {member}", en: "substitute for {member}" },
  meetingsSubstituteServing: { sv: "tjänstgör", en: "standing in" },
  meetingsSubstituteAttending: { sv: "närvarande utan att tjänstgöra", en: "present without standing in" },
  meetingsSubstituteAlone: { sv: "ersättare", en: "substitute" },
  meetingsAttendanceSave: { sv: "Spara närvaron", en: "Save the attendance" },
  meetingsAttendanceSaved: { sv: "Närvaron är sparad.", en: "The attendance is saved." },
  meetingsQuorate: { sv: "Beslutsfört", en: "Quorate" },
  meetingsNotQuorate: { sv: "Inte beslutsfört", en: "Not quorate" },
  meetingsRuleMet: { sv: "Uppfyllt:", en: "Met:" },
  meetingsRuleNotMet: { sv: "Inte uppfyllt:", en: "Not met:" },
  meetingsQuorumNoRule: { sv: "Forumet har ingen regel om beslutsförhet.", en: "The forum has no quorum rule." },
  meetingsQuorumShareMet: {
    sv: "Tillräckligt många med mandat: {taking} av {total} deltar, minst {required} krävs.",
    en: "Enough mandate holders: {taking} of {total} take part, at least {required} required.",
  },
  meetingsQuorumShareNotMet: {
    sv: "För få med mandat: {taking} av {total} deltar, minst {required} krävs.",
    en: "Too few mandate holders: {taking} of {total} take part, at least {required} required.",
  },
  meetingsQuorumPrincipalsMet: {
    sv: "Alla huvudmän är företrädda av någon med mandat.",
    en: "Every principal is represented by someone with mandate.",
  },
  meetingsQuorumPrincipalMissing: {
    sv: "{names} saknar företrädare med mandat.",
    en: "{names} has nobody with mandate here.",
  },
  meetingsQuorumPrincipalsMissing: {
    sv: "{names} saknar företrädare med mandat.",
    en: "{names} have nobody with mandate here.",
  },
  meetingsQuorumChairMet: {
    sv: "Ordföranden eller vice ordföranden är närvarande.",
    en: "The chair or the vice chair is present.",
  },
  meetingsQuorumChairNotMet: {
    sv: "Varken ordföranden eller vice ordföranden är närvarande.",
    en: "Neither the chair nor the vice chair is present.",
  },
  meetingsQuorumNotRecorded: { sv: "Närvaron är inte registrerad", en: "Attendance is not recorded" },
  meetingsQuorumNotRecordedHint: {
    sv: "Markera vilka som deltar, så visas om mötet är beslutsfört.",
    en: "Tick who takes part to see whether the meeting is quorate.",
  },

  // Meeting page: agenda, notes and decisions
  meetingsAgendaTitle: { sv: "Dagordning", en: "Agenda" },
  meetingsAgendaEmpty: { sv: "Dagordningen har inga ärenden.", en: "The agenda has no items." },
  meetingsAgendaCount: { sv: "{count} ärenden: {kinds}.", en: "{count} items: {kinds}." },
  meetingsAgendaCountOne: { sv: "1 ärende: {kinds}.", en: "1 item: {kinds}." },
  meetingsPresenter: { sv: "Föredras av", en: "Presented by" },
  meetingsPreRegistered: { sv: "Föranmält", en: "Pre-registered" },
  meetingsAttachments: { sv: "Bilagor", en: "Attachments" },
  meetingsNotesLabel: { sv: "Anteckningar", en: "Notes" },
  meetingsNoNotes: { sv: "Inga anteckningar.", en: "No notes." },
  meetingsDecisionLabel: { sv: "Beslut", en: "Decision" },
  meetingsDecisionHint: { sv: "Lämna tomt om inget beslut fattades.", en: "Leave empty if no decision was taken." },
  meetingsDiarienummerLabel: { sv: "Diarienummer (valfritt)", en: "Reference number (optional)" },
  meetingsDiarienummer: { sv: "Diarienummer {number}", en: "Reference number {number}" },
  meetingsNotesSave: { sv: "Spara anteckningarna", en: "Save the notes" },
  meetingsNotesSaved: { sv: "Anteckningarna är sparade.", en: "The notes are saved." },
  meetingsAdjustHint: {
    sv: "Under justeringen för du in ledamöternas synpunkter här. Ändringarna sparas i mötet tills anteckningarna justeras.",
    en: "During the review, enter the members' comments here. The changes are kept in the meeting until the notes are approved.",
  },
  meetingsAdjustmentsSave: { sv: "Spara justeringarna", en: "Save the adjustments" },
  meetingsAdjustmentsSaved: { sv: "Justeringarna är sparade.", en: "The adjustments are saved." },

  // Meeting page: approved minutes and corrections
  meetingsMinutesTitle: { sv: "Justerade anteckningar", en: "Approved notes" },
  meetingsMinutesMissing: {
    sv: "De justerade anteckningarna finns inte i beslutsloggen. Kontrollera att hela loggen är inläst.",
    en: "The approved notes are not in the decisions log. Check that the whole log is loaded.",
  },
  meetingsMinutesApproved: { sv: "Justerade", en: "Approved" },
  meetingsMinutesReadOnly: {
    sv: "Anteckningarna kan inte ändras. En rättelse läggs till som en ny post i beslutsloggen; den ursprungliga posten finns kvar.",
    en: "The notes cannot be changed. A correction is added as a new entry of the decisions log; the original entry stays.",
  },
  meetingsAttendanceApproved: { sv: "Närvaro", en: "Attendance" },
  meetingsAttendancePresent: { sv: "Närvarande", en: "Present" },
  meetingsAttendanceRepresented: { sv: "Genom ersättare", en: "Through a substitute" },
  meetingsAttendanceAbsent: { sv: "Frånvarande", en: "Absent" },
  meetingsRepresentedBy: { sv: "genom", en: "through" },
  meetingsDecidedOn: { sv: "Beslutat", en: "Decided on" },
  meetingsCorrected: { sv: "Rättat", en: "Corrected" },
  meetingsCorrectDecision: { sv: "Rätta beslutet", en: "Correct the decision" },
  meetingsCorrectNotes: { sv: "Rätta anteckningarna", en: "Correct the notes" },
  meetingsCorrectionHint: {
    sv: "Rättelsen sparas som en ny post som hänvisar till den gamla. Inget i loggen skrivs över.",
    en: "The correction is saved as a new entry that refers to the old one. Nothing in the log is overwritten.",
  },
  meetingsCorrectionReasonLabel: { sv: "Varför rättas det?", en: "Why is it corrected?" },
  meetingsCorrectionReasonHint: {
    sv: "Till exempel ”Fel diarienummer angavs vid justeringen”.",
    en: "For example “The wrong reference number was given at approval”.",
  },
  meetingsCorrectionReasonMissing: { sv: "Skriv varför rättelsen görs.", en: "Say why the correction is made." },
  meetingsCorrectionTextMissing: { sv: "Skriv beslutets text.", en: "Write the decision's text." },
  meetingsCorrectionNotesFor: { sv: "Anteckningar, ärende {number}: {item}", en: "Notes, item {number}: {item}" },
  meetingsCorrectionSave: { sv: "Spara rättelsen", en: "Save the correction" },
  meetingsCorrectionSaving: { sv: "Sparar rättelsen …", en: "Saving the correction …" },
  meetingsCorrectionClose: { sv: "Stäng utan att rätta", en: "Close without correcting" },
  meetingsCorrectionDone: {
    sv: "Rättelsen är sparad som en ny post i beslutsloggen.",
    en: "The correction is saved as a new entry of the decisions log.",
  },
  meetingsCorrectionsTitle: { sv: "Rättelser", en: "Corrections" },
  meetingsCorrectionsNone: { sv: "Inga rättelser.", en: "No corrections." },
  meetingsCorrectionsCount: {
    sv: "Beslutsloggen har {count} rättelser för mötet.",
    en: "The decisions log holds {count} corrections for the meeting.",
  },
  meetingsCorrectionEntry: { sv: "Post {entry} rättar post {corrects}", en: "Entry {entry} corrects entry {corrects}" },
  meetingsCorrectionOfDecision: {
    sv: "Rättar beslutet under ärendet ”{item}”.",
    en: "Corrects the decision under the item “{item}”.",
  },
  meetingsCorrectionOfNotes: { sv: "Rättar anteckningarna.", en: "Corrects the notes." },
  meetingsCorrectionReason: { sv: "Skäl:", en: "Reason:" },

  // Compliance overview
  meetingsOverviewTitle: { sv: "Mötesregler och närvaro", en: "Meeting rules and attendance" },
  meetingsOverviewPeriod: { sv: "Perioden", en: "Period" },
  meetingsOverviewAsOf: { sv: "läget per", en: "as of" },
  meetingsOverviewForums: { sv: "{count} forum", en: "{count} forums" },
  meetingsFigureHeld: { sv: "Genomförda av planerade möten", en: "Meetings held of planned" },
  meetingsFigureHeldDetail: { sv: "{cancelled} inställda", en: "{cancelled} cancelled" },
  meetingsFigureHeldDetailOne: { sv: "1 inställt", en: "1 cancelled" },
  meetingsFigureNotice: { sv: "Kallelser i tid", en: "Notices on time" },
  meetingsFigureNotes: { sv: "Anteckningar i tid", en: "Notes on time" },
  meetingsFigureOfDue: { sv: "{part} av {whole} som skulle ha skickats", en: "{part} of {whole} that were due" },
  meetingsFigureDecisions: { sv: "Beslut", en: "Decisions" },
  meetingsFigureDecisionsDetail: { sv: "i justerade anteckningar", en: "in approved notes" },
  meetingsNothingDue: { sv: "inget att bedöma", en: "nothing due" },
  meetingsPartOfWhole: { sv: "{part} av {whole} ({share})", en: "{part} of {whole} ({share})" },
  meetingsPartShort: { sv: "{part} av {whole}", en: "{part} of {whole}" },
  meetingsOverviewTableCaption: { sv: "Mötesregler per forum", en: "Meeting rules per forum" },
  meetingsOverviewTableHint: {
    sv: "Planerade möten räknas till och med dagen för uppgifterna. Kallelser och anteckningar räknas när de skulle ha skickats eller har skickats. Lägst närvaro är den huvudman som var företrädd med mandat vid minst andel möten.",
    en: "Planned meetings are counted up to the day of the figures. Notices and notes count once they were due or sent. Lowest attendance is the principal represented with mandate at the smallest share of meetings.",
  },
  meetingsOverviewNoForums: { sv: "Inga forum att visa.", en: "No forums to show." },
  meetingsColumnForum: { sv: "Forum", en: "Forum" },
  meetingsColumnPlanned: { sv: "Planerade", en: "Planned" },
  meetingsColumnHeld: { sv: "Genomförda", en: "Held" },
  meetingsColumnCancelled: { sv: "Inställda", en: "Cancelled" },
  meetingsColumnNotice: { sv: "Kallelse i tid (%)", en: "Notices on time (%)" },
  meetingsColumnNotes: { sv: "Anteckningar i tid (%)", en: "Notes on time (%)" },
  meetingsColumnLowest: { sv: "Lägst närvaro", en: "Lowest attendance" },
  meetingsColumnDecisions: { sv: "Beslut", en: "Decisions" },
  meetingsColumnDeviations: { sv: "Avvikelser", en: "Deviations" },
  meetingsFewerThanPlanned: { sv: "Färre än planerat:", en: "Fewer than planned:" },
  meetingsNoAttendance: { sv: "ingen närvaro registrerad", en: "no attendance recorded" },
  meetingsLowestMore: { sv: "och {count} till", en: "and {count} more" },
  meetingsAllRepresented: { sv: "Alla vid alla möten", en: "All at every meeting" },
  meetingsChartTitle: { sv: "Huvudmännens närvaro", en: "Attendance of the principals" },
  meetingsChartTableCaption: { sv: "Huvudmännens närvaro per forum", en: "Attendance of the principals per forum" },
  meetingsChartTakeaway: {
    sv: "Minst företrädd var {principal} i {forum}: vid {represented} av {meetings} möten ({share}).",
    en: "{principal} was represented least, in {forum}: at {represented} of {meetings} meetings ({share}).",
  },
  meetingsChartTakeawayFull: {
    sv: "{full} av {count} huvudmän var företrädda vid alla möten.",
    en: "{full} of {count} principals were represented at every meeting.",
  },
  meetingsChartTakeawayCut: {
    sv: "Diagrammet visar de {shown} minst företrädda av {total}; tabellen har alla.",
    en: "The chart shows the {shown} represented least of {total}; the table has them all.",
  },
  meetingsChartEmpty: {
    sv: "Ingen närvaro är registrerad för mötena under perioden.",
    en: "No attendance is recorded for the meetings of the period.",
  },
  meetingsChartForumsWithout: {
    sv: "{count} forum har ingen registrerad närvaro under perioden och visas bara i tabellen ovan.",
    en: "{count} forums have no attendance recorded in the period and show only in the table above.",
  },
  meetingsChartKeys: {
    sv: "Tabba till diagrammet och gå mellan staplarna med piltangenterna. Home och End går till första och sista stapeln.",
    en: "Tab to the chart and move between the bars with the arrow keys. Home and End go to the first and last bar.",
  },
  meetingsChartLegend: { sv: "Förklaring", en: "Key" },
  meetingsChartLegendBar: {
    sv: "Andel möten där huvudmannen var företrädd med mandat",
    en: "Share of meetings where the principal was represented with mandate",
  },
  meetingsChartLegendLow: { sv: "Under målnivån {target}", en: "Below the target of {target}" },
  meetingsChartLegendTarget: { sv: "Målnivå {target}", en: "Target {target}" },
  meetingsBelowTarget: { sv: "under målnivån", en: "below target" },
  meetingsBarLabel: {
    sv: "{principal}, {forum}: företrädd med mandat vid {represented} av {meetings} möten ({share}).",
    en: "{principal}, {forum}: represented with mandate at {represented} of {meetings} meetings ({share}).",
  },
  meetingsBarLabelLow: { sv: "Under målnivån {target}.", en: "Below the target of {target}." },
  meetingsColumnPrincipal: { sv: "Huvudman", en: "Principal" },
  meetingsColumnMeetings: { sv: "Möten med registrerad närvaro", en: "Meetings with attendance recorded" },
  meetingsColumnRepresented: { sv: "Företrädd", en: "Represented" },
  meetingsColumnShare: { sv: "Andel (%)", en: "Share (%)" },
} as const satisfies Record<string, { readonly sv: string; readonly en: string }>;

/** The keys this area's components may use: its own and the primitives'. */
export type MeetingMessageKey = keyof typeof MEETING_VIEW_MESSAGES | PrimitiveMessageKey;

/** The locale tools of this area's components (`useKitLocale(locale, MEETING_VIEW_MESSAGES)`). */
export type MeetingTools = KitLocaleTools<MeetingMessageKey>;
