/**
 * Search the map: a combobox (WAI-ARIA Authoring Practices, "Editable Combobox With List Autocomplete") over every
 * part of the full graph, folded or not, through the core's `searchSystemGraph` — "mora" finds "Mora kommun",
 * "alvdalen" finds "Älvdalen". Each option names the part, its kind and the group it is folded into; choosing one
 * hands the hit to the map, which opens its group and moves the focus to the part. The number of hits, or "Inga
 * träffar för …", is shown next to the box in a polite live region.
 */
import {
  searchSystemGraph,
  type SystemGraph,
  type SystemGroups,
  type SystemSearchHit,
} from "@systemledning/core/system-map";
import { useId, useMemo, useState, type KeyboardEvent } from "react";
import { nodeKindText } from "./words.js";
import type { MapTools } from "./messages.js";

/** Most hits listed: enough to choose from, few enough to read through with the arrow keys. */
const SEARCH_LIMIT = 12;

/** Props of {@link MapSearch}. */
export interface MapSearchProps {
  /** The full graph (not the folded one): every part can be found. */
  readonly graph: SystemGraph;
  /** The graph's groups: each hit says which group it is folded into. */
  readonly groups?: SystemGroups | undefined;
  readonly tools: MapTools;
  /** Called with the chosen hit; the map opens its group and focuses the part. */
  readonly onChoose: (hit: SystemSearchHit) => void;
}

/** The map's search box and its list of hits. */
export function MapSearch({ graph, groups, tools, onChoose }: MapSearchProps) {
  const { t } = tools;
  const id = useId();
  const listId = `${id}-hits`;
  const [query, setQuery] = useState("");
  const [expanded, setExpanded] = useState(false);
  const [active, setActive] = useState<number | null>(null);
  const hits = useMemo(
    () =>
      query.trim() === ""
        ? []
        : searchSystemGraph(
            graph,
            query,
            groups === undefined ? { limit: SEARCH_LIMIT } : { groups, limit: SEARCH_LIMIT },
          ),
    [graph, groups, query],
  );
  const groupLabels = useMemo(() => new Map((groups?.groups ?? []).map((group) => [group.id, group.label])), [groups]);
  const shown = expanded && hits.length > 0;
  const optionId = (index: number) => `${id}-hit-${index}`;

  const choose = (hit: SystemSearchHit) => {
    setQuery(hit.label);
    setExpanded(false);
    setActive(null);
    onChoose(hit);
  };
  const move = (delta: 1 | -1) => {
    if (hits.length === 0) return;
    setExpanded(true);
    setActive((current) =>
      current === null ? (delta === 1 ? 0 : hits.length - 1) : (current + delta + hits.length) % hits.length,
    );
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") move(1);
    else if (event.key === "ArrowUp") move(-1);
    // Enter takes the active hit, or the best one when none is active: typing a name and Enter goes there.
    else if (event.key === "Enter" && hits.length > 0) choose(hits[active ?? 0]!);
    else if (event.key === "Escape" && (expanded || query !== "")) {
      setExpanded(false);
      setActive(null);
      setQuery("");
    } else return;
    event.preventDefault();
  };

  const status =
    query.trim() === ""
      ? ""
      : hits.length === 0
        ? t("mapSearchNoHits", { query: query.trim() })
        : hits.length === 1
          ? t("mapSearchHitCountOne")
          : t("mapSearchHitCount", { count: tools.number(hits.length) });

  return (
    <div className="sl-map-search">
      <label htmlFor={`${id}-input`} className="sl-map-search-label">
        {t("mapSearchLabel")}
      </label>
      <input
        id={`${id}-input`}
        className="sl-input sl-map-search-input"
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown && active !== null ? optionId(active) : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setExpanded(true);
          setActive(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setExpanded(false)}
      />
      <ul id={listId} role="listbox" aria-label={t("mapSearchLabel")} className="sl-map-search-hits" hidden={!shown}>
        {shown
          ? hits.map((hit, index) => {
              const group = hit.groupId === null ? undefined : groupLabels.get(hit.groupId);
              return (
                <li
                  key={hit.nodeId}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === active}
                  className="sl-map-search-hit"
                  // Chosen on mousedown, before the input's blur closes the list.
                  onMouseDown={(event) => {
                    event.preventDefault();
                    choose(hit);
                  }}
                >
                  <span className="sl-text">{hit.label}</span>
                  <span className="sl-map-search-hit-meta">
                    {`, ${nodeKindText(hit.kind, tools)}`}
                    {group === undefined ? "" : `, ${t("mapSearchInGroup", { group })}`}
                  </span>
                </li>
              );
            })
          : null}
      </ul>
      {/* A live region of its own, not a status role: the widget's status region says what the map does. */}
      <p className="sl-map-search-status" aria-live="polite" aria-atomic="true">
        {status}
      </p>
    </div>
  );
}
