/**
 * The one class behind every element (docs/decisions/0009): a thin wrapper of our own around a kit component.
 * Its spec gives the observed attributes and their reflection to properties; its renderer turns the validated
 * workspace and the attributes into the component. React renders with `createRoot` into the shadow root, which
 * holds the kit's stylesheet as a constructable stylesheet.
 *
 * - Data comes in through `element.workspace = …` or the `src` attribute (one `fetch` of the host's own
 *   address); either way through the core's door, `safeParseWorkspace`. The last one set wins.
 * - An invalid workspace, a bad attribute value, a `src` that fails or a component that throws shows the kit's
 *   alert inside the element and fires `sl-error` with the issues; the page around it is untouched.
 * - What the user changes fires `sl-change` with the new workspace, validated again at the door.
 * - Removed from the page, the element unmounts its React root a microtask later, unless it was put back in
 *   that time (a move in the DOM): moving keeps its state, removing leaves nothing mounted.
 */
import {
  createIssue,
  formatStockholmInstant,
  safeParseWorkspace,
  stockholmDateOf,
  type ValidationIssue,
  type Workspace,
} from "@systemledning/core/workspace";
import type { KitLocale, KitTheme } from "@systemledning/react";
import { Fragment } from "react";
import { createRoot, type Root } from "react-dom/client";
import type { ElementSpec } from "../specs/types.js";
import { attributeTextOf, readAttributes } from "./attributes.js";
import { IssueAlert } from "./issue-alert.js";
import { renderFailedIssue, sourceUnavailableIssue } from "./issues.js";
import type { ElementRenderer } from "./render-context.js";
import { adoptKitStyles } from "./shadow-styles.js";

/** The issues a thrown error carries (the core's `SystemledningError`), else one saying what was thrown. */
function issuesOfError(error: unknown): readonly ValidationIssue[] {
  const issues = (error as { issues?: unknown } | null)?.issues;
  if (Array.isArray(issues) && issues.length > 0) return issues as ValidationIssue[];
  return [renderFailedIssue(error instanceof Error ? error.message : String(error))];
}

/** A key of issues, so the same issues are reported once, not on every render. */
const issuesKey = (issues: readonly ValidationIssue[]) =>
  issues.map((issue) => `${issue.code}|${issue.path}|${issue.message.en}`).join("\n");

/** The `detail` of `sl-error`. */
export interface ElementErrorDetail {
  readonly issues: readonly ValidationIssue[];
}

/** The `detail` of `sl-change`. */
export interface ElementChangeDetail {
  readonly workspace: Workspace;
  readonly [key: string]: unknown;
}

/**
 * The class of the element `spec` describes, rendering with `render`.
 *
 * @example
 * customElements.define("sl-timeline", createElementClass(timelineSpec, renderTimeline));
 */
export function createElementClass(spec: ElementSpec, render: ElementRenderer): CustomElementConstructor {
  class SystemledningElement extends HTMLElement {
    static readonly observedAttributes = spec.attributes.map((attribute) => attribute.name);

    readonly #container: HTMLDivElement;
    #root: Root | null = null;
    #workspace: Workspace | undefined;
    /** The door's or the fetch's issues with the current data. */
    #dataIssues: readonly ValidationIssue[] = [];
    /** Counts loads, so a slow `src` response never overwrites a later one or a later property. */
    #loads = 0;
    #renderQueued = false;
    /** Changes after a component failed, so the next render starts it afresh instead of the broken tree. */
    #generation = 0;
    #reported = "";

    constructor() {
      super();
      const shadow = this.attachShadow({ mode: "open" });
      adoptKitStyles(shadow);
      this.#container = document.createElement("div");
      shadow.append(this.#container);
      // A property the host set before the element was defined sits on the instance and hides the accessor.
      if (Object.prototype.hasOwnProperty.call(this, "workspace")) {
        const early = (this as { workspace?: unknown }).workspace;
        delete (this as { workspace?: unknown }).workspace;
        this.workspace = early;
      }
    }

    /** The validated workspace, or undefined while there is none or the last one given was invalid. */
    get workspace(): Workspace | undefined {
      return this.#workspace;
    }

    set workspace(input: unknown) {
      this.#loads += 1;
      this.#accept(safeParseWorkspace(input));
    }

    connectedCallback(): void {
      this.#root ??= createRoot(this.#container);
      this.#schedule();
    }

    disconnectedCallback(): void {
      queueMicrotask(() => {
        if (this.isConnected || this.#root === null) return;
        this.#root.unmount();
        this.#root = null;
      });
    }

    attributeChangedCallback(name: string, previous: string | null, next: string | null): void {
      if (previous === next) return;
      if (name === "src") void this.#load(next);
      this.#schedule();
    }

    #accept(result: ReturnType<typeof safeParseWorkspace>): void {
      this.#workspace = result.success ? result.data : undefined;
      this.#dataIssues = result.success ? [] : result.error.issues;
      this.#schedule();
    }

    async #load(src: string | null): Promise<void> {
      const load = (this.#loads += 1);
      if (src === null || src.trim() === "") return;
      let result: ReturnType<typeof safeParseWorkspace> | { readonly issues: readonly ValidationIssue[] };
      try {
        const response = await fetch(src, { credentials: "same-origin", headers: { accept: "application/json" } });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const text = await response.text();
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch (error) {
          json = undefined;
          result = { issues: [createIssue([], "invalid_json", { reason: String((error as Error).message) })] };
        }
        result ??= safeParseWorkspace(json);
      } catch (error) {
        result = { issues: [sourceUnavailableIssue(src, error instanceof Error ? error.message : String(error))] };
      }
      if (load !== this.#loads) return;
      if ("issues" in result) {
        this.#workspace = undefined;
        this.#dataIssues = result.issues;
        this.#schedule();
      } else this.#accept(result);
    }

    #schedule(): void {
      if (this.#renderQueued) return;
      this.#renderQueued = true;
      queueMicrotask(() => {
        this.#renderQueued = false;
        this.#render();
      });
    }

    #dispatch(name: "sl-change" | "sl-error", detail: ElementChangeDetail | ElementErrorDetail): void {
      this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
    }

    #reportIssues(issues: readonly ValidationIssue[]): void {
      const key = issuesKey(issues);
      if (key === this.#reported) return;
      this.#reported = key;
      if (issues.length > 0) this.#dispatch("sl-error", { issues });
    }

    #render(): void {
      const root = this.#root;
      if (root === null) return;
      const { values, issues: attributeIssues } = readAttributes(spec.attributes, (name) => this.getAttribute(name));
      const locale = (values["lang"] ?? "sv") as KitLocale;
      const theme = (values["theme"] ?? "auto") as KitTheme;
      const showIssues = (issues: readonly ValidationIssue[]) => {
        this.#reportIssues(issues);
        root.render(<IssueAlert issues={issues} locale={locale} theme={theme} />);
      };
      const issues = [...attributeIssues, ...this.#dataIssues];
      if (issues.length > 0) return showIssues(issues);
      const workspace = this.#workspace;
      if (workspace === undefined) return root.render(null);
      try {
        const content = render({
          workspace,
          values,
          asOf:
            typeof values["asOf"] === "string"
              ? values["asOf"]
              : // Today in Stockholm, by the core's clock of the meeting rules.
                stockholmDateOf(formatStockholmInstant(Date.now())),
          widget: {
            locale,
            theme,
            onError: (error) => {
              this.#generation += 1;
              this.#reportIssues(issuesOfError(error));
            },
          },
          emitChange: (next, extra = {}) => {
            const checked = safeParseWorkspace(next);
            if (!checked.success) return this.#reportIssues(checked.error.issues);
            this.#workspace = checked.data;
            this.#schedule();
            this.#dispatch("sl-change", { ...extra, workspace: checked.data });
          },
          reportIssues: (refused) => this.#reportIssues(refused),
          setAttribute: (name, value) => this.setAttribute(name, value),
        });
        this.#reported = "";
        root.render(<Fragment key={this.#generation}>{content}</Fragment>);
      } catch (error) {
        showIssues(issuesOfError(error));
      }
    }
  }

  // Each attribute reflects to its property (`as-of` ↔ `asOf`): reading gives the value read by the spec,
  // setting writes the attribute. `lang` is HTMLElement's own and keeps its native accessor.
  for (const attribute of spec.attributes) {
    if (attribute.property in HTMLElement.prototype) continue;
    Object.defineProperty(SystemledningElement.prototype, attribute.property, {
      configurable: true,
      enumerable: true,
      get(this: HTMLElement) {
        const read = readAttributes([attribute], (name) => this.getAttribute(name));
        return read.values[attribute.property];
      },
      set(this: HTMLElement, value: unknown) {
        const text = attributeTextOf(attribute, value);
        if (text === null) this.removeAttribute(attribute.name);
        else this.setAttribute(attribute.name, text);
      },
    });
  }
  Object.defineProperty(SystemledningElement, "name", { value: spec.className });
  return SystemledningElement;
}
