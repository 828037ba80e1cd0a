/**
 * The issues an element reports itself, besides the door's: in the core's `ValidationIssue` shape (path,
 * code, Swedish and English text), so a host handles every `sl-error` the same way.
 */
import { issueWithMessage, type BilingualMessage, type ValidationIssue } from "@systemledning/core/workspace";

/** An issue with one attribute: its path is the attribute's name as written (`as-of`), unquoted. */
function attributeIssue(
  attribute: string,
  code: ElementIssueCode,
  message: BilingualMessage,
  params: Readonly<Record<string, string>>,
): ValidationIssue {
  return { ...issueWithMessage([attribute], code, message, params), path: attribute };
}

/** Codes of the element's own issues. */
export type ElementIssueCode = "invalid_attribute" | "missing_attribute" | "source_unavailable" | "render_failed";

/** An attribute's text that its type does not accept; `expected` says what would be. */
export function invalidAttributeIssue(attribute: string, value: string, expected: BilingualMessage): ValidationIssue {
  return attributeIssue(
    attribute,
    "invalid_attribute",
    {
      sv: `Attributet ${attribute}="${value}" är ogiltigt: det ska vara ${expected.sv}.`,
      en: `The attribute ${attribute}="${value}" is invalid: expected ${expected.en}.`,
    },
    { attribute, value, expected: expected.en },
  );
}

/** A required attribute that is absent. */
export function missingAttributeIssue(attribute: string): ValidationIssue {
  return attributeIssue(
    attribute,
    "missing_attribute",
    {
      sv: `Attributet ${attribute} saknas. Ange det på elementet.`,
      en: `The attribute ${attribute} is missing. Set it on the element.`,
    },
    { attribute },
  );
}

/** The `src` address could not be read (network, HTTP status or not JSON). */
export function sourceUnavailableIssue(src: string, reason: string): ValidationIssue {
  return issueWithMessage(
    ["src"],
    "source_unavailable",
    {
      sv: `Arbetsytan på ${src} kunde inte hämtas (${reason}). Kontrollera adressen.`,
      en: `The workspace at ${src} could not be loaded (${reason}). Check the address.`,
    },
    { src, reason },
  );
}

/** The component failed while rendering, e.g. an id attribute that names nothing in the workspace. */
export function renderFailedIssue(reason: string): ValidationIssue {
  return issueWithMessage(
    [],
    "render_failed",
    {
      sv: `Komponenten kunde inte visas: ${reason}`,
      en: `The component could not be shown: ${reason}`,
    },
    { reason },
  );
}
