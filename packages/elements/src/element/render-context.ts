/**
 * What an element hands its renderer: the validated workspace, the attributes' values, the widget props
 * every kit component takes, and the ways back out (a change of the workspace, an attribute to set).
 */
import type { ValidationIssue, Workspace } from "@systemledning/core/workspace";
import type { KitLocale, KitTheme } from "@systemledning/react";
import type { ReactNode } from "react";
import type { AttributeValues } from "./attributes.js";

/** The input of an {@link ElementRenderer}. */
export interface RenderContext {
  /** The workspace, validated at the door. */
  readonly workspace: Workspace;
  /** The attributes' values by property name; none of them invalid (those show an alert instead). */
  readonly values: AttributeValues;
  /** The value of `as-of`, else today in Stockholm. */
  readonly asOf: string;
  /** Props for the kit component's widget root. */
  readonly widget: {
    readonly locale: KitLocale;
    readonly theme: KitTheme;
    readonly onError: (error: unknown) => void;
  };
  /** The user changed the workspace: the element takes `next` and fires `sl-change` with it and `extra`. */
  readonly emitChange: (next: Workspace, extra?: Readonly<Record<string, unknown>>) => void;
  /** A change the core refused: the element fires `sl-error` with the issues (the component shows them). */
  readonly reportIssues: (issues: readonly ValidationIssue[]) => void;
  /** Set one of the element's attributes (a choice the user made inside, such as the compared leadership). */
  readonly setAttribute: (name: string, value: string) => void;
}

/** Turns the context into the kit component. May throw the core's error for an id that names nothing. */
export type ElementRenderer = (context: RenderContext) => ReactNode;
