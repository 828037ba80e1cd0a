/**
 * The texts of the structure question views (sector coverage, principals' mandate, key roles, substitutes,
 * chair rotation, a forum's members), in Swedish and English. Part of the structure area's catalogue
 * (decision 0011); every key starts with `structure`, and names the view, so no other area's or structure
 * view's key is taken. The core's findings ("what to do about it") arrive bilingual with the answers and are
 * not repeated here.
 */
import type { KitLocaleTools, PrimitiveMessageKey } from "../i18n/locale.js";

export const STRUCTURE_VIEW_MESSAGES = {
  // Shared by the views
  structureAsOf: { sv: "Läget den", en: "Status on" },
  structureColumnStatus: { sv: "Status", en: "Status" },
  structureColumnWhatToDo: { sv: "Förklaring och åtgärd", en: "Why and what to do" },
  structureColumnForum: { sv: "Forum", en: "Forum" },
  structureColumnOrganisation: { sv: "Organisation", en: "Organisation" },
  structureNobody: { sv: "Ingen", en: "No one" },
  structureNoForums: { sv: "Systemledningen har inga forum ännu.", en: "The leadership has no forums yet." },
  structureToDoTitle: { sv: "Att åtgärda", en: "To act on" },
  structureNothingToDo: { sv: "Inget att åtgärda.", en: "Nothing to act on." },
  structureYes: { sv: "Ja", en: "Yes" },
  structureNo: { sv: "Nej", en: "No" },

  // Sector coverage
  structureSectorTitle: { sv: "Representation av sektorer", en: "Sector representation" },
  structureSectorTakeaway: {
    sv: "{covered} av {required} krävda sektorer är representerade.",
    en: "{covered} of {required} required sectors are represented.",
  },
  structureSectorTakeawayMissing: { sv: "Saknas: {sectors}.", en: "Missing: {sectors}." },
  structureSectorTakeawayNone: {
    sv: "Inga sektorer är krävda eller adjungerade, och ingen ledamot företräder en sektor.",
    en: "No sector is required or co-opted, and no member represents a sector.",
  },
  structureSectorGroupRequired: { sv: "Krävda sektorer", en: "Required sectors" },
  structureSectorGroupCoOpted: { sv: "Adjungeras vid behov", en: "Co-opted when needed" },
  structureSectorGroupExtra: { sv: "Övriga representerade sektorer", en: "Other sectors represented" },
  structureSectorKindRequired: { sv: "Krävd", en: "Required" },
  structureSectorKindCoOpted: { sv: "Adjungeras vid behov", en: "Co-opted when needed" },
  structureSectorKindExtra: { sv: "Övrig", en: "Other" },
  structureSectorRepresentatives: { sv: "Företräds av", en: "Represented by" },
  structureSectorMarkLabel: {
    sv: "{sector}, {kind}: {status}. Företräds av {people}.",
    en: "{sector}, {kind}: {status}. Represented by {people}.",
  },
  structureSectorColumnSector: { sv: "Sektor", en: "Sector" },
  structureSectorColumnKind: { sv: "Slag", en: "Kind" },
  structureSectorTableCaption: { sv: "Sektorer och vem som företräder dem", en: "Sectors and who represents them" },
  structureSectorKeys: {
    sv: "Tabba till figuren. Vänster- och högerpil flyttar mellan sektorerna, upp- och nedpil mellan grupperna, Home och End till första och sista.",
    en: "Tab to the figure. Left and right arrows move between the sectors, up and down arrows between the groups, Home and End to the first and last.",
  },
  structureSectorWithoutSector: {
    sv: "{count} ledamöter anger ingen sektor.",
    en: "{count} members name no sector.",
  },
  structureSectorWithoutSectorOne: { sv: "En ledamot anger ingen sektor.", en: "One member names no sector." },

  // Principals' mandate
  structurePrincipalTitle: { sv: "Huvudmän med mandat", en: "Principals with mandate" },
  structurePrincipalSummary: {
    sv: "{count} av {total} huvudmän har någon med beslutsmandat.",
    en: "{count} of {total} principals have someone with a decision mandate.",
  },
  structurePrincipalNone: { sv: "Systemledningen har inga huvudmän.", en: "The leadership has no principals." },
  structurePrincipalColumnPrincipal: { sv: "Huvudman", en: "Principal" },
  structurePrincipalColumnKind: { sv: "Slag", en: "Kind" },
  structurePrincipalColumnWith: { sv: "Med mandat", en: "With mandate" },
  structurePrincipalColumnWithout: { sv: "Utan mandat", en: "Without mandate" },
  structurePrincipalKindRegion: { sv: "Region", en: "Region" },
  structurePrincipalKindMunicipality: { sv: "Kommun", en: "Municipality" },
  structurePrincipalCaption: { sv: "Huvudmän och deras företrädare", en: "Principals and who represents them" },

  // Key roles
  structureKeyRolesTitle: { sv: "Nyckelroller", en: "Key roles" },
  structureKeyRolesSummary: {
    sv: "{count} av {total} nyckelroller är tillsatta.",
    en: "{count} of {total} key roles are filled.",
  },
  structureKeyRolesColumnRole: { sv: "Roll", en: "Role" },
  structureKeyRolesColumnHolder: { sv: "Innehas av", en: "Held by" },
  structureKeyRolesCaption: { sv: "Nyckelroller och vem som har dem", en: "Key roles and who holds them" },

  // Substitutes
  structureSubstitutesTitle: { sv: "Ersättare för mandatbärare", en: "Substitutes for mandate holders" },
  structureSubstitutesSummary: {
    sv: "{count} av {total} mandatbärare har ersättare.",
    en: "{count} of {total} mandate holders have a substitute.",
  },
  structureSubstitutesNotRequired: {
    sv: "Länet kräver inte ersättare för mandatbärare.",
    en: "The county does not require substitutes for mandate holders.",
  },
  structureSubstitutesColumnHolder: { sv: "Mandatbärare", en: "Mandate holder" },
  structureSubstitutesColumnSubstitutes: { sv: "Ersättare", en: "Substitutes" },
  structureSubstitutesCaption: { sv: "Mandatbärare och deras ersättare", en: "Mandate holders and their substitutes" },
  structureSubstitutesHasSubstitute: { sv: "Har ersättare.", en: "Has a substitute." },
  structureSubstitutesNone: {
    sv: "Ingen ledamot har beslutsmandat.",
    en: "No member holds a decision mandate.",
  },
  structureSubstitutesOrphansCaption: {
    sv: "Ersättare för uppdrag som inte längre gäller",
    en: "Substitutes for seats that are no longer active",
  },
  structureSubstitutesColumnSubstitute: { sv: "Ersättare", en: "Substitute" },
  structureSubstitutesColumnFor: { sv: "Ersättare för", en: "Substitute for" },

  // Chair rotation
  structureChairTitle: { sv: "Ordförandeskap och rotation", en: "Chair and rotation" },
  structureChairRule: {
    sv: "Forumets regel: {months} månader per period.",
    en: "The forum's rule: {months} months a term.",
  },
  structureChairNoRule: {
    sv: "Forumet har ingen regel för ordförandeperioden.",
    en: "The forum has no rule for the chair's term.",
  },
  structureChairRotates: {
    sv: "Ordförandeskapet växlar mellan huvudmännen.",
    en: "The chair rotates between principals.",
  },
  structureChairMaximum: {
    sv: "Länets rekommendation: högst {months} månader.",
    en: "The county's recommendation: at most {months} months.",
  },
  structureChairDue: { sv: "Nuvarande period ska sluta {date}.", en: "The current term is due to end on {date}." },
  structureChairOverdue: {
    sv: "Nuvarande period skulle ha slutat {date}.",
    en: "The current term was due to end on {date}.",
  },
  structureChairColumnChair: { sv: "Ordförande", en: "Chair" },
  structureChairColumnPrincipal: { sv: "Huvudman", en: "Principal" },
  structureChairColumnPeriod: { sv: "Period", en: "Term" },
  structureChairColumnLength: { sv: "Längd (månader)", en: "Length (months)" },
  structureChairColumnState: { sv: "Läge", en: "State" },
  structureChairColumnRotated: { sv: "Bytt huvudman", en: "Principal changed" },
  structureChairStatePast: { sv: "Avslutad", en: "Past" },
  structureChairStateCurrent: { sv: "Pågående", en: "Current" },
  structureChairStateFuture: { sv: "Kommande", en: "Coming" },
  structureChairCaption: { sv: "Ordförandeperioder i {forum}", en: "Chair terms in {forum}" },
  structureChairUnknownPrincipal: { sv: "Okänd huvudman", en: "Unknown principal" },
  structureChairOpenEnded: { sv: "tills vidare", en: "until further notice" },

  // A forum's members
  structureForumMembersTitle: { sv: "Ledamöter i {forum}", en: "Members of {forum}" },
  structureForumMembersCount: {
    sv: "{count} aktiva uppdrag, varav {mandate} med beslutsmandat.",
    en: "{count} active seats, {mandate} of them with a decision mandate.",
  },
  structureForumMembersShowEnded: { sv: "Visa avslutade uppdrag ({count})", en: "Show ended seats ({count})" },
  structureForumMembersCaption: { sv: "Uppdrag i {forum}", en: "Seats in {forum}" },
  structureForumMembersEmpty: { sv: "Forumet har inga ledamöter.", en: "The forum has no members." },
  structureForumMembersColumnPerson: { sv: "Person", en: "Person" },
  structureForumMembersColumnTitle: { sv: "Titel", en: "Title" },
  structureForumMembersColumnSector: { sv: "Sektor", en: "Sector" },
  structureForumMembersColumnRoles: { sv: "Roller", en: "Roles" },
  structureForumMembersColumnKind: { sv: "Slag", en: "Kind" },
  structureForumMembersColumnMandate: { sv: "Beslutsmandat", en: "Decision mandate" },
  structureForumMembersColumnPeriod: { sv: "Period", en: "Period" },
  structureForumMembersColumnSubstituteFor: { sv: "Ersättare för", en: "Substitute for" },
  structureForumMembersEnded: { sv: "avslutat", en: "ended" },
  structureMemberKindPolitician: { sv: "Politiker", en: "Politician" },
  structureMemberKindOfficial: { sv: "Tjänsteperson", en: "Official" },
  structureMemberKindUserRepresentative: { sv: "Brukarföreträdare", en: "User representative" },
  structureMemberKindCitizen: { sv: "Invånare", en: "Citizen" },
  structureMemberKindOther: { sv: "Annan", en: "Other" },
} as const satisfies Record<string, { readonly sv: string; readonly en: string }>;

/** The key of a structure view text. */
export type StructureViewMessageKey = keyof typeof STRUCTURE_VIEW_MESSAGES;

/** The locale tools of a structure view: its texts and the primitives'. */
export type StructureViewTools = KitLocaleTools<StructureViewMessageKey | PrimitiveMessageKey>;
