import { getSystemGraph, type SystemMapView as MapView } from "@systemledning/core/system-map";
import type { Workspace } from "@systemledning/core/workspace";
import { SystemMapWorkshop } from "@systemledning/react";
import { useId, useMemo, useState } from "react";
import { useI18n } from "../i18n.js";
import { mapHref } from "../route.js";
import type { SaveChange } from "../store.js";
import { firstCitizenGroupNode, hierarchyMunicipalities, readerChoices, readerOf } from "./map-choices.js";

/** Props of {@link SystemMapView}. */
export interface SystemMapViewProps {
  readonly workspace: Workspace;
  readonly asOf: string;
  /** Save a workshop mark (the core's `addAnnotation` with it) through `updateWorkspace`. */
  readonly onChange?: SaveChange | undefined;
  /** The reader the address names (`?jag=organisation:<id>` or `person:<id>`), whose part the map rings. */
  readonly reader?: string | null | undefined;
}

type Choice = "system" | "hierarchy" | "perspective";

/**
 * The system map of the county (*Att leda hela systemet*): the system on its levels with the workshop's marks, the
 * hierarchy, or the system seen from the profile's first citizen group; workshop mode saves marks into the store.
 * Everything county-specific comes from the workspace: the municipalities with a hierarchy, the citizen group, and
 * the organisations and people a reader can choose to be ("Visa mig på kartan"), kept in the address.
 */
export function SystemMapView({ workspace, asOf, onChange, reader = null }: SystemMapViewProps) {
  const { locale, t } = useI18n();
  const selectId = useId();
  const placeId = useId();
  const readerId = useId();
  const [choice, setChoice] = useState<Choice>("system");
  // One municipality's part of the system (the core's filter), or the whole county.
  const [place, setPlace] = useState("");
  const withHierarchy = useMemo(() => hierarchyMunicipalities(workspace), [workspace]);
  const perspectiveFocus = useMemo(() => firstCitizenGroupNode(workspace), [workspace]);
  const choices = useMemo(() => readerChoices(workspace), [workspace]);
  const graph = useMemo(() => {
    const view: MapView = choice;
    if (view === "perspective" && perspectiveFocus !== null)
      return getSystemGraph(workspace, { view, asOf, locale, focus: perspectiveFocus, maxDistance: 2 });
    if (view === "hierarchy")
      return getSystemGraph(workspace, {
        view,
        asOf,
        locale,
        municipalityCodes: withHierarchy.map((municipality) => municipality.code),
      });
    if (view === "system" && place !== "")
      return getSystemGraph(workspace, { view, asOf, locale, municipalityCodes: [place] });
    return getSystemGraph(workspace, { view: "system", asOf, locale });
  }, [workspace, asOf, locale, choice, place, withHierarchy, perspectiveFocus]);
  const places = withHierarchy.map((municipality) => municipality.name);
  const hierarchyTitle = t("mapViewHierarchyIn").replace(
    "{places}",
    places.length < 2 ? places.join("") : `${places.slice(0, -1).join(", ")} ${t("mapAnd")} ${places.at(-1)}`,
  );
  // A reader chosen here goes into the address (replacing the entry, so Back leaves the map), and a link keeps it.
  const chooseReader = (value: string) => window.location.replace(mapHref(value === "" ? null : value));
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
          {withHierarchy.length > 0 ? <option value="hierarchy">{hierarchyTitle}</option> : null}
          {perspectiveFocus !== null ? <option value="perspective">{t("mapViewPerspective")}</option> : null}
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
        ) : null}{" "}
        <label htmlFor={readerId}>{t("mapReaderLabel")}</label>{" "}
        <select
          id={readerId}
          className="sl-select dash-select"
          value={reader ?? ""}
          onChange={(event) => chooseReader(event.target.value)}
        >
          <option value="">{t("mapReaderNone")}</option>
          <optgroup label={t("mapReaderOrganisations")}>
            {choices.organisations.map((entry) => (
              <option key={entry.value} value={entry.value}>
                {entry.label}
              </option>
            ))}
          </optgroup>
          <optgroup label={t("mapReaderPeople")}>
            {choices.people.map((entry) => (
              <option key={entry.value} value={entry.value}>
                {entry.label}
              </option>
            ))}
          </optgroup>
        </select>
      </p>
      <SystemMapWorkshop
        key={`${choice}-${place}`}
        graph={graph}
        annotations={workspace.annotations}
        workspace={workspace}
        onChange={onChange}
        locale={locale}
        reader={readerOf(reader) ?? undefined}
      />
    </>
  );
}
