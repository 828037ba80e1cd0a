import { DALARNA_FAMILY_GROUP_ID } from "@systemledning/core/profiles/dalarna";
import { getSystemGraph, type SystemMapView as MapView } from "@systemledning/core/system-map";
import type { Workspace } from "@systemledning/core/workspace";
import { SystemMapWorkshop } from "@systemledning/react";
import { useId, useMemo, useState } from "react";
import { useI18n } from "../i18n.js";
import type { SaveChange } from "../store.js";

/** Props of {@link SystemMapView}. */
export interface SystemMapViewProps {
  readonly workspace: Workspace;
  readonly asOf: string;
  /** Save a workshop mark (the core's `addAnnotation` with it) through `updateWorkspace`. */
  readonly onChange?: SaveChange | undefined;
}

type Choice = "system" | "hierarchy" | "perspective";

/**
 * The system map of the county (*Att leda hela systemet*): the system on its levels with the workshop's marks, the
 * hierarchy, or the system seen from a family with a child with disabilities; workshop mode saves marks into the store.
 */
export function SystemMapView({ workspace, asOf, onChange }: SystemMapViewProps) {
  const { locale, t } = useI18n();
  const selectId = useId();
  const placeId = useId();
  const [choice, setChoice] = useState<Choice>("system");
  // One municipality's part of the system (the core's filter), or the whole county.
  const [place, setPlace] = useState("");
  const graph = useMemo(() => {
    const view: MapView = choice;
    if (view === "perspective")
      return getSystemGraph(workspace, {
        view,
        asOf,
        locale,
        focus: `citizen-group:${DALARNA_FAMILY_GROUP_ID}`,
        maxDistance: 2,
      });
    if (view === "hierarchy")
      return getSystemGraph(workspace, { view, asOf, locale, municipalityCodes: ["2085", "2061"] });
    return getSystemGraph(workspace, { view, asOf, locale, ...(place === "" ? {} : { municipalityCodes: [place] }) });
  }, [workspace, asOf, locale, choice, place]);
  return (
    <>
      <h2>{t("mapHeading")}</h2>
      <p className="dash-lead">{t("mapLead")}</p>
      <p className="dash-field">
        <label htmlFor={selectId}>{t("mapViewLabel")}</label>{" "}
        <select
          id={selectId}
          className="sl-select dash-select"
          value={choice}
          onChange={(event) => setChoice(event.target.value as Choice)}
        >
          <option value="system">{t("mapViewSystem")}</option>
          <option value="hierarchy">{t("mapViewHierarchy")}</option>
          <option value="perspective">{t("mapViewPerspective")}</option>
        </select>
        {choice === "system" ? (
          <>
            {" "}
            <label htmlFor={placeId}>{t("mapPlaceLabel")}</label>{" "}
            <select
              id={placeId}
              className="sl-select dash-select"
              value={place}
              onChange={(event) => setPlace(event.target.value)}
            >
              <option value="">{t("mapPlaceAll")}</option>
              {workspace.profile.municipalities.map((municipality) => (
                <option key={municipality.code} value={municipality.code}>
                  {municipality.name}
                </option>
              ))}
            </select>
          </>
        ) : null}
      </p>
      <SystemMapWorkshop
        key={`${choice}-${place}`}
        graph={graph}
        annotations={workspace.annotations}
        workspace={workspace}
        onChange={onChange}
        locale={locale}
      />
    </>
  );
}
