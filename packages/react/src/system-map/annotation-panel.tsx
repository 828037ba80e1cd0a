/**
 * Workshop mode's form (*Att leda hela systemet*, the workshop's Övning 1): on an opened part of the map, mark where I
 * am (with my role), where governance works well (a green mark) or needs improvement (a red mark), or write a note — on
 * the part itself or in the gap between it and another part ("Tänk särskilt på mellanrum och glapp i systemet!"). The
 * mark is validated by the core's `addAnnotation` against the workspace before it goes to the host: as the workspace
 * with the mark added (`onAnnotate`) and as the change that adds it (`onChange`, for `updateWorkspace`).
 */
import { addAnnotation, type SystemAnnotation, type SystemGraph } from "@systemledning/core/system-map";
import type { Workspace } from "@systemledning/core/workspace";
import { useId, useState, type FormEvent } from "react";
import { useAnnounce } from "../primitives/live-region.js";
import { notSaved, refusalOf, type KitChangeHandler } from "../store/change.js";
import { classNames } from "../primitives/widget.js";
import type { MapMarkKind } from "./marks.js";
import { edgeKindText } from "./words.js";
import type { MapTools } from "./messages.js";

/** Receives a mark the core has accepted, and the workspace with it added (to store). */
export type AnnotationSubmit = (annotation: SystemAnnotation, next: Workspace) => void;

/** What the workshop's `onChange` is told besides the change: the command and the mark it adds. */
export interface AnnotationChangeContext {
  readonly command: "addAnnotation";
  readonly annotation: SystemAnnotation;
}

/** Props of {@link AnnotationPanel}. */
export interface AnnotationPanelProps {
  readonly graph: SystemGraph;
  readonly nodeIndex: number;
  readonly neighbours: readonly number[];
  readonly workspace: Workspace;
  readonly tools: MapTools;
  readonly onAnnotate?: AnnotationSubmit | undefined;
  readonly onChange?: KitChangeHandler<AnnotationChangeContext> | undefined;
  /** The clock, for `createdAt`. @default () => new Date() */
  readonly now?: (() => Date) | undefined;
}

const KINDS: readonly MapMarkKind[] = ["position", "works-well", "needs-improvement", "note"];
/** Where a mark sits: on the part, on one of its connections, or in the gap between it and another part. */
type MarkPlace = "node" | "edge" | "gap";
const PLACES: readonly MarkPlace[] = ["node", "edge", "gap"];

/** The form that adds a workshop mark to the opened part. */
export function AnnotationPanel({
  graph,
  nodeIndex,
  neighbours,
  workspace,
  tools,
  onAnnotate,
  onChange,
  now = () => new Date(),
}: AnnotationPanelProps) {
  const { t } = tools;
  const announce = useAnnounce();
  const id = useId();
  const node = graph.nodes[nodeIndex]!;
  const [kind, setKind] = useState<MapMarkKind>("works-well");
  const [place, setPlace] = useState<MarkPlace>("node");
  const [other, setOther] = useState("");
  const [edgeId, setEdgeId] = useState("");
  const [role, setRole] = useState("");
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const kindWords: Readonly<Record<MapMarkKind, string>> = {
    position: t("mapAnnotationPosition"),
    "works-well": t("mapAnnotationWorksWell"),
    "needs-improvement": t("mapAnnotationNeedsImprovement"),
    note: t("mapAnnotationNote"),
  };
  // The part's own connections, for a mark on an edge ("samverkan fungerar bra här").
  const connections = graph.edges.filter((edge) => edge.source === node.id || edge.target === node.id);
  const labelOf = new Map(graph.nodes.map((n) => [n.id, n.label]));
  // The other end of a gap: the part's neighbours first, then every other part.
  const candidates = [
    ...neighbours,
    ...graph.nodes
      .map((_, index) => index)
      .filter((index) => index !== nodeIndex && !neighbours.includes(index) && graph.nodes[index]!.kind !== "level"),
  ];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const where: MarkPlace = kind === "position" ? "node" : place;
    if (where === "gap" && other === "") return fail(t("mapAnnotationChooseOther"));
    if (where === "edge" && edgeId === "") return fail(t("mapAnnotationChooseEdge"));
    if (kind === "position" && role.trim() === "") return fail(t("mapAnnotationRoleNeeded"));
    const created = now();
    const input = {
      id: `mark-${created.getTime().toString(36)}-${Math.floor(created.getMilliseconds() * 997 + nodeIndex).toString(36)}`,
      kind,
      target:
        where === "gap"
          ? { type: "gap", between: [node.id, other] }
          : where === "edge"
            ? { type: "edge", edgeId }
            : { type: "node", nodeId: node.id },
      ...(text.trim() === "" ? {} : { text: text.trim() }),
      ...(kind === "position" ? { role: role.trim() } : {}),
      createdAt: created.toISOString(),
    };
    const result = addAnnotation(workspace, input);
    if (!result.ok)
      return fail(
        t("mapAnnotationRefused", { reason: result.error.issues.map((issue) => tools.text(issue.message)).join(" ") }),
      );
    const added = result.value.annotations.at(-1)!;
    setError(null);
    onAnnotate?.(added, result.value);
    if (onChange === undefined) return saved();
    void (async () => {
      // The mark as validated: applied again to what the store holds now, it keeps its id and time.
      const outcome = await onChange((ws) => addAnnotation(ws, added), { command: "addAnnotation", annotation: added });
      const refused = refusalOf(outcome);
      if (refused !== null)
        fail(t("mapAnnotationRefused", { reason: refused.issues.map((issue) => tools.text(issue.message)).join(" ") }));
      else if (!notSaved(outcome)) saved();
    })();
  };
  function saved() {
    setText("");
    announce(t("mapAnnotationSaved"));
  }
  function fail(message: string) {
    setError(message);
    announce(message);
  }

  return (
    <form className="sl-map-annotate" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="sl-map-details-label">
        {t("mapAnnotate")}
      </p>
      {error === null ? null : (
        <p id={`${id}-error`} className="sl-field-error">
          {error}
        </p>
      )}
      <fieldset className="sl-fieldset" role="radiogroup" aria-describedby={error === null ? undefined : `${id}-error`}>
        <legend className="sl-legend-title">{t("mapAnnotationKind")}</legend>
        <div className="sl-radios">
          {KINDS.map((option) => (
            <div key={option} className={classNames("sl-radio", "sl-map-kind-option")} data-kind={option}>
              <input
                id={`${id}-${option}`}
                type="radio"
                name={`${id}-kind`}
                checked={kind === option}
                onChange={() => setKind(option)}
              />
              <label htmlFor={`${id}-${option}`}>{kindWords[option]}</label>
            </div>
          ))}
        </div>
      </fieldset>
      {/* "I am here" is always on a part, never in a gap (the core's rule), so it offers no choice of place. */}
      {kind === "position" ? null : (
        <fieldset className="sl-fieldset" role="radiogroup">
          <legend className="sl-legend-title">{t("mapAnnotationTarget")}</legend>
          <div className="sl-radios">
            {PLACES.filter((option) => option !== "edge" || connections.length > 0).map((option) => (
              <div key={option} className="sl-radio">
                <input
                  id={`${id}-${option}-place`}
                  type="radio"
                  name={`${id}-target`}
                  checked={place === option}
                  onChange={() => setPlace(option)}
                />
                <label htmlFor={`${id}-${option}-place`} className="sl-text">
                  {t(
                    option === "node"
                      ? "mapAnnotationTargetNode"
                      : option === "edge"
                        ? "mapAnnotationTargetEdge"
                        : "mapAnnotationTargetGap",
                    { label: node.label },
                  )}
                </label>
              </div>
            ))}
          </div>
          {place === "edge" ? (
            <div className="sl-field">
              <label htmlFor={`${id}-edge`}>{t("mapAnnotationEdgeChoice")}</label>
              <select
                id={`${id}-edge`}
                className="sl-select"
                value={edgeId}
                onChange={(event) => setEdgeId(event.target.value)}
              >
                <option value="">—</option>
                {connections.map((edge) => (
                  <option key={edge.id} value={edge.id}>
                    {`${edgeKindText(edge.kind, tools)}: ${labelOf.get(edge.source === node.id ? edge.target : edge.source) ?? ""}`}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          {place === "gap" ? (
            <div className="sl-field">
              <label htmlFor={`${id}-other`}>{t("mapAnnotationGapOther")}</label>
              <select
                id={`${id}-other`}
                className="sl-select"
                value={other}
                onChange={(event) => setOther(event.target.value)}
              >
                <option value="">—</option>
                {candidates.map((index) => (
                  <option key={graph.nodes[index]!.id} value={graph.nodes[index]!.id}>
                    {graph.nodes[index]!.label}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </fieldset>
      )}
      {kind === "position" ? (
        <div className="sl-field">
          <label htmlFor={`${id}-role`}>{t("mapAnnotationRole")}</label>
          <input
            id={`${id}-role`}
            className="sl-input"
            type="text"
            value={role}
            onChange={(event) => setRole(event.target.value)}
          />
        </div>
      ) : null}
      <div className="sl-field">
        <label htmlFor={`${id}-text`}>{t("mapAnnotationText")}</label>
        <textarea
          id={`${id}-text`}
          className="sl-textarea"
          rows={2}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <div className="sl-form-actions">
        <button type="submit" className="sl-button sl-button-primary sl-button-small">
          {t("mapAnnotationSave")}
        </button>
      </div>
    </form>
  );
}
