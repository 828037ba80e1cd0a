/**
 * Reading attribute text by an element's spec: one value per attribute, or the issues of those that are
 * invalid or missing. Pure, so the class only decides when to read.
 */
import { isIsoDate, type ValidationIssue } from "@systemledning/core/workspace";
import type { AttributeSpec } from "../specs/types.js";
import { invalidAttributeIssue, missingAttributeIssue } from "./issues.js";

/** An attribute's value once read. */
export type AttributeValue = string | boolean | number | readonly string[] | undefined;

/** The values of an element's attributes, by property name. */
export type AttributeValues = Readonly<Record<string, AttributeValue>>;

/** One attribute's value from its text (`null`: absent), or the issue with it. */
export function readAttribute(
  spec: AttributeSpec,
  text: string | null,
): { readonly value: AttributeValue } | { readonly issue: ValidationIssue } {
  const type = spec.type;
  if (type.kind === "boolean") return { value: text !== null };
  const raw = text ?? spec.default ?? null;
  if (raw === null) return spec.required === true ? { issue: missingAttributeIssue(spec.name) } : { value: undefined };
  const trimmed = raw.trim();
  switch (type.kind) {
    case "string":
      return trimmed === "" && spec.required === true
        ? { issue: missingAttributeIssue(spec.name) }
        : { value: trimmed };
    case "date":
      // The door's own check of a day, so an attribute and the workspace agree on what a date is.
      return isIsoDate(trimmed)
        ? { value: trimmed }
        : { issue: invalidAttributeIssue(spec.name, raw, { sv: "en dag ÅÅÅÅ-MM-DD", en: "a day YYYY-MM-DD" }) };
    case "integer":
      return /^-?\d+$/.test(trimmed)
        ? { value: Number.parseInt(trimmed, 10) }
        : { issue: invalidAttributeIssue(spec.name, raw, { sv: "ett heltal", en: "a whole number" }) };
    case "list":
      return { value: trimmed.split(/\s+/).filter((id) => id !== "") };
    case "enum":
      return type.values.includes(trimmed)
        ? { value: trimmed }
        : {
            issue: invalidAttributeIssue(spec.name, raw, {
              sv: `ett av ${type.values.join(", ")}`,
              en: `one of ${type.values.join(", ")}`,
            }),
          };
  }
}

/**
 * Every attribute's value; `issues` lists the invalid and missing ones (their values stay `undefined`).
 *
 * @example
 * const { values, issues } = readAttributes(spec.attributes, (name) => element.getAttribute(name));
 */
export function readAttributes(
  specs: readonly AttributeSpec[],
  getText: (name: string) => string | null,
): { readonly values: AttributeValues; readonly issues: readonly ValidationIssue[] } {
  const values: Record<string, AttributeValue> = {};
  const issues: ValidationIssue[] = [];
  for (const spec of specs) {
    const read = readAttribute(spec, getText(spec.name));
    if ("issue" in read) issues.push(read.issue);
    else values[spec.property] = read.value;
  }
  return { values, issues };
}

/** The text an attribute gets when its property is set (`null`: remove it). */
export function attributeTextOf(spec: AttributeSpec, value: unknown): string | null {
  if (spec.type.kind === "boolean") return value === true || value === "" || value === "true" ? "" : null;
  if (value === null || value === undefined) return null;
  if (spec.type.kind === "list" && Array.isArray(value)) return value.map(String).join(" ");
  return String(value);
}
