/**
 * Validation issues: what is wrong, where (an exact path), a stable code, and a message in Swedish and
 * English. All user-facing message text of the core's validation lives in {@link ISSUE_MESSAGES}.
 */

/** A path into a document: property names and array indices. */
export type PathSegment = string | number;

/**
 * Codes of the checks every module shares: types, formats, ids, references, documents, CSV. Each module keeps
 * the codes and messages of its own rules in its `issues.ts`; the union of them all (`IssueCode`) is assembled
 * where the document is, in `workspace/issues.ts`, so this leaf knows no feature.
 */
export type CommonIssueCode =
  | "invalid_type"
  | "missing_field"
  | "unknown_field"
  | "invalid_value"
  | "invalid_format"
  | "invalid_id"
  | "invalid_code"
  | "too_small"
  | "too_big"
  | "invalid_union"
  | "invalid_document"
  | "unknown_schema"
  | "missing_version"
  | "unsupported_version"
  | "duplicate_id"
  | "dangling_reference"
  | "unknown_municipality"
  | "invalid_period"
  | "self_reference"
  | "duplicate_value"
  | "migration_failed"
  | "invalid_json"
  | "reserved_key"
  | "too_deep"
  | "circular_reference"
  | "not_json"
  | "unreadable_value"
  | "csv_unterminated_quote"
  | "csv_invalid_quote"
  | "csv_field_count"
  | "csv_duplicate_header";

/** Values a message is built from (the expected type, the unknown key, the id that was not found). */
export type IssueParams = Readonly<Record<string, string | number>>;

/** A message in both languages of the kit. */
export interface BilingualMessage {
  readonly sv: string;
  readonly en: string;
}

/**
 * One thing wrong with an input, with its exact path. `TCode` narrows the code: a module's issues carry its
 * own codes, and the door's carry `IssueCode` (from `workspace/`), the union of every module's.
 */
export interface ValidationIssue<TCode extends string = string> {
  /** Dotted path with indices, e.g. `memberships[3].forumId`; empty for the document itself. */
  readonly path: string;
  /** The same path as segments, for programs. */
  readonly pathSegments: readonly PathSegment[];
  /** Stable code. */
  readonly code: TCode;
  /** What is wrong and how to fix it, in Swedish and English. */
  readonly message: BilingualMessage;
  /** The values the message was built from. */
  readonly params: IssueParams;
}

/** Format path segments as `a.b[3].c`. Keys that are not identifiers are quoted: `ext["a b"]`. */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = "";
  for (const segment of segments) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

const TYPE_NAMES_SV: Record<string, string> = {
  string: "text",
  number: "tal",
  boolean: "sant/falskt",
  object: "objekt",
  array: "lista",
  null: "null",
  undefined: "inget värde",
  date: "datum",
  bigint: "heltal",
  int: "heltal",
};

const FORMAT_NAMES: Record<string, BilingualMessage> = {
  date: { sv: "ett datum ÅÅÅÅ-MM-DD", en: "a date YYYY-MM-DD" },
  datetime: {
    sv: "en tidpunkt i ISO 8601 med tidszon, t.ex. 2025-03-14T09:00:00+01:00",
    en: "an ISO 8601 instant with offset, e.g. 2025-03-14T09:00:00+01:00",
  },
  regex: { sv: "det tillåtna formatet", en: "the allowed format" },
  email: { sv: "en e-postadress", en: "an e-mail address" },
  url: { sv: "en webbadress", en: "a URL" },
};

/** Swedish names of what JSON cannot hold, for {@link ISSUE_MESSAGES}.not_json. */
const JSON_KINDS_SV: Record<string, string> = {
  undefined: "inget värde",
  function: "en funktion",
  symbol: "en symbol",
  bigint: "ett BigInt-tal",
  NaN: "NaN, inget tal",
  Infinity: "oändligt",
  "-Infinity": "minus oändligt",
  hole: "ett hål i listan",
  "object with a prototype": "ett objekt av en klass",
};

const sv = (type: string | number | undefined): string => TYPE_NAMES_SV[String(type)] ?? String(type);
const str = (value: string | number | undefined): string => String(value ?? "");

/** Message builders per code. Every code has one, so no issue is ever shown without text. */
export const ISSUE_MESSAGES: Readonly<Record<CommonIssueCode, (p: IssueParams) => BilingualMessage>> = {
  invalid_type: (p) => ({
    sv: `Fel typ: här ska stå ${sv(p.expected)}, men det står ${sv(p.received)}.`,
    en: `Wrong type: expected ${str(p.expected)}, received ${str(p.received)}.`,
  }),
  missing_field: (p) => ({
    sv: `Fältet saknas: ${sv(p.expected)} krävs här.`,
    en: `Missing field: ${str(p.expected)} is required here.`,
  }),
  unknown_field: (p) => ({
    sv: `Okänt fält "${str(p.key)}". Ta bort det, eller lägg egna uppgifter i "ext".`,
    en: `Unknown field "${str(p.key)}". Remove it, or keep your own metadata in "ext".`,
  }),
  invalid_value: (p) => ({
    sv: `Ogiltigt värde. Tillåtna värden: ${str(p.allowed)}.`,
    en: `Invalid value. Allowed values: ${str(p.allowed)}.`,
  }),
  invalid_format: (p) => {
    const format = FORMAT_NAMES[str(p.format)] ?? FORMAT_NAMES.regex!;
    return { sv: `Fel format: här ska stå ${format.sv}.`, en: `Wrong format: expected ${format.en}.` };
  },
  invalid_id: () => ({
    sv: "Ogiltigt id: 1–128 tecken, bokstäver a–z, siffror och . _ : -, och det första tecknet en bokstav eller siffra.",
    en: "Invalid id: 1–128 characters of letters a–z, digits and . _ : -, starting with a letter or digit.",
  }),
  invalid_code: () => ({
    sv: "Ogiltig kod: en kommun- eller regionkod har fyra siffror, t.ex. 2080.",
    en: "Invalid code: a municipality or region code has four digits, e.g. 2080.",
  }),
  too_small: (p) =>
    p.origin === "array"
      ? { sv: `För få: minst ${str(p.minimum)} krävs.`, en: `Too few: at least ${str(p.minimum)} required.` }
      : p.origin === "string"
        ? {
            sv: `För kort: minst ${str(p.minimum)} tecken krävs.`,
            en: `Too short: at least ${str(p.minimum)} characters required.`,
          }
        : { sv: `För litet: minst ${str(p.minimum)}.`, en: `Too small: at least ${str(p.minimum)}.` },
  too_big: (p) =>
    p.origin === "array"
      ? { sv: `För många: högst ${str(p.maximum)}.`, en: `Too many: at most ${str(p.maximum)}.` }
      : p.origin === "string"
        ? { sv: `För lång: högst ${str(p.maximum)} tecken.`, en: `Too long: at most ${str(p.maximum)} characters.` }
        : { sv: `För stort: högst ${str(p.maximum)}.`, en: `Too big: at most ${str(p.maximum)}.` },
  invalid_union: () => ({
    sv: "Värdet passar inget av de tillåtna formerna.",
    en: "The value matches none of the allowed forms.",
  }),
  invalid_document: () => ({
    sv: 'Dokumentet är inte ett objekt. Ett arbetsdokument börjar med { "schema": "systemledning/workspace", "version": … }.',
    en: 'The document is not an object. A workspace starts with { "schema": "systemledning/workspace", "version": … }.',
  }),
  unknown_schema: (p) => ({
    sv: `Okänt dokument "${str(p.received)}": här ska stå "${str(p.expected)}".`,
    en: `Unknown document "${str(p.received)}": expected "${str(p.expected)}".`,
  }),
  missing_version: () => ({
    sv: "Versionsnummer saknas eller är inte ett positivt heltal.",
    en: "The version is missing or not a positive integer.",
  }),
  unsupported_version: (p) => ({
    sv: `Dokumentet har version ${str(p.received)}, men den här programversionen känner bara till version ${str(p.supported)} och äldre. Uppdatera @systemledning/core.`,
    en: `The document has version ${str(p.received)}, but this code knows only version ${str(p.supported)} and older. Upgrade @systemledning/core.`,
  }),
  duplicate_id: (p) => ({
    sv: `Id "${str(p.id)}" finns redan (första gången vid ${str(p.first)}). Varje post behöver ett unikt id.`,
    en: `Id "${str(p.id)}" is already used (first at ${str(p.first)}). Every record needs a unique id.`,
  }),
  dangling_reference: (p) => ({
    sv: `Hänvisningen "${str(p.id)}" pekar inte på någon post i ${str(p.collection)}.`,
    en: `The reference "${str(p.id)}" points to no record in ${str(p.collection)}.`,
  }),
  unknown_municipality: (p) => ({
    sv: `Kommunkoden "${str(p.code)}" finns inte i profilen "${str(p.profile)}".`,
    en: `The municipality code "${str(p.code)}" is not in the profile "${str(p.profile)}".`,
  }),
  invalid_period: (p) => ({
    sv: `Perioden slutar (${str(p.to)}) före den börjar (${str(p.from)}).`,
    en: `The period ends (${str(p.to)}) before it starts (${str(p.from)}).`,
  }),
  self_reference: () => ({
    sv: "Posten kan inte hänvisa till sig själv.",
    en: "The record cannot refer to itself.",
  }),
  duplicate_value: (p) => ({
    sv: `Värdet "${str(p.value)}" förekommer mer än en gång.`,
    en: `The value "${str(p.value)}" occurs more than once.`,
  }),
  migration_failed: (p) => ({
    sv: `Uppgraderingen från version ${str(p.from)} till ${str(p.to)} misslyckades: ${str(p.reason)}`,
    en: `The migration from version ${str(p.from)} to ${str(p.to)} failed: ${str(p.reason)}`,
  }),
  invalid_json: (p) => ({
    sv: `Texten är inte giltig JSON (${str(p.reason)}). Spara dokumentet igen från källan eller återställ en säkerhetskopia.`,
    en: `The text is not valid JSON (${str(p.reason)}). Save the document again from its source or restore a backup.`,
  }),
  reserved_key: (p) => ({
    sv: `Nyckeln "${str(p.key)}" kan inte sparas: den är reserverad i JavaScript och skulle gå förlorad. Byt namn på nyckeln.`,
    en: `The key "${str(p.key)}" cannot be kept: it is reserved in JavaScript and would be lost. Rename the key.`,
  }),
  too_deep: (p) => ({
    sv: `Värdet är nästlat för djupt: ett dokument får ha högst ${str(p.maximum)} nivåer av listor och objekt inuti varandra. Gör strukturen plattare.`,
    en: `The value is nested too deeply: a document may have at most ${str(p.maximum)} levels of lists and objects inside each other. Flatten the structure.`,
  }),
  circular_reference: () => ({
    sv: "Värdet innehåller sig självt (en cirkelreferens) och kan inte sparas som JSON. Bryt cirkeln.",
    en: "The value contains itself (a circular reference) and cannot be saved as JSON. Break the cycle.",
  }),
  not_json: (p) => ({
    sv: `Värdet kan inte sparas som JSON (${JSON_KINDS_SV[str(p.received)] ?? str(p.received)}). Här får bara text, tal, sant/falskt, null, listor och vanliga objekt stå.`,
    en: `The value cannot be saved as JSON (${str(p.received)}). Only text, numbers, true/false, null, lists and plain objects may stand here.`,
  }),
  unreadable_value: (p) => ({
    sv: `Värdet gick inte att läsa (${str(p.reason)}). Ge dörren ett vanligt JSON-värde, t.ex. från JSON.parse.`,
    en: `The value could not be read (${str(p.reason)}). Give the door a plain JSON value, e.g. from JSON.parse.`,
  }),
  csv_unterminated_quote: (p) => ({
    sv: `Citattecknet på rad ${str(p.line)}, kolumn ${str(p.column)} stängs aldrig. Avsluta fältet med " (ett " i texten skrivs "").`,
    en: `The quote at line ${str(p.line)}, column ${str(p.column)} is never closed. End the field with " (a " inside the text is written "").`,
  }),
  csv_invalid_quote: (p) => ({
    sv: `Oväntat citattecken på rad ${str(p.line)}, kolumn ${str(p.column)}. Ett fält med " ska omges av citattecken och varje " i texten skrivas "".`,
    en: `Unexpected quote at line ${str(p.line)}, column ${str(p.column)}. A field containing " must be quoted, with each " inside written "".`,
  }),
  csv_field_count: (p) => ({
    sv: `Rad ${str(p.line)} har ${str(p.received)} fält men rubrikraden har ${str(p.expected)}.`,
    en: `Line ${str(p.line)} has ${str(p.received)} fields but the header has ${str(p.expected)}.`,
  }),
  csv_duplicate_header: (p) => ({
    sv: `Kolumnrubriken "${str(p.value)}" förekommer mer än en gång. Ge varje kolumn ett eget namn.`,
    en: `The column header "${str(p.value)}" occurs more than once. Give each column its own name.`,
  }),
};

/** Build a {@link ValidationIssue} of a common code, with its messages from {@link ISSUE_MESSAGES}. */
export function createIssue<TCode extends CommonIssueCode>(
  pathSegments: readonly PathSegment[],
  code: TCode,
  params: IssueParams = {},
): ValidationIssue<TCode> {
  return issueWithMessage(pathSegments, code, ISSUE_MESSAGES[code](params), params);
}

/**
 * Build a {@link ValidationIssue} from a message a module's catalogue made (`meetings/issues.ts` and the like).
 *
 * @example
 * issueWithMessage(["meetings", 3, "end"], "end_before_start", MEETINGS_ISSUE_MESSAGES.end_before_start(p), p);
 */
export function issueWithMessage<TCode extends string>(
  pathSegments: readonly PathSegment[],
  code: TCode,
  message: BilingualMessage,
  params: IssueParams = {},
): ValidationIssue<TCode> {
  return { path: formatPath(pathSegments), pathSegments: [...pathSegments], code, message, params };
}

/**
 * The `params` of a zod `custom` issue that carries one of our codes with its message, so that the door
 * reports a module's own rule (a meeting that ends before it starts) with its code and both languages.
 * Pair with a `.check()` in a schema: `ctx.issues.push({ code: "custom", input, path, params: customIssueParams(…) })`.
 */
export function customIssueParams(
  code: string,
  message: BilingualMessage,
  params: IssueParams = {},
): Record<string, unknown> {
  return { ...params, code, messageSv: message.sv, messageEn: message.en };
}
