/**
 * The map's toolbar: zoom in and out, fit, open or fold every group, the heat view, workshop mode, the SVG
 * and PNG downloads, and the posters (A3 and A1, PDF and SVG).
 * Toggles are buttons with `aria-pressed`.
 */
import type { MapTools } from "./messages.js";
import { MAP_POSTER_CHOICES, type MapPosterChoice } from "./poster-download.js";

/** Props of {@link MapControls}. */
export interface MapControlsProps {
  readonly tools: MapTools;
  readonly heat: boolean;
  readonly onHeatChange: (heat: boolean) => void;
  /** `null` when the host offers no workshop mode. */
  readonly workshop: boolean | null;
  readonly onWorkshopChange: (workshop: boolean) => void;
  readonly onZoomIn: () => void;
  readonly onZoomOut: () => void;
  readonly onFit: () => void;
  readonly onExport: (format: "svg" | "png") => void;
  /** Open or fold every group; `null` when the map has no groups (folding `"none"`, or nothing to fold). */
  readonly folds?: { readonly onOpenAll: () => void; readonly onCloseAll: () => void } | null | undefined;
  /** Download a poster (A3 or A1, PDF or SVG); absent: no poster buttons. */
  readonly onPoster?: ((choice: MapPosterChoice) => void) | undefined;
}

/** The toolbar over the map. */
export function MapControls({
  tools,
  heat,
  onHeatChange,
  workshop,
  onWorkshopChange,
  onZoomIn,
  onZoomOut,
  onFit,
  onExport,
  folds,
  onPoster,
}: MapControlsProps) {
  const { t } = tools;
  return (
    <div className="sl-map-controls">
      <div className="sl-map-zoom" role="group" aria-label={t("mapZoomControls")}>
        <button type="button" className="sl-button sl-button-small" onClick={onZoomIn}>
          <span aria-hidden="true">+ </span>
          {t("mapZoomIn")}
        </button>
        <button type="button" className="sl-button sl-button-small" onClick={onZoomOut}>
          <span aria-hidden="true">− </span>
          {t("mapZoomOut")}
        </button>
        <button type="button" className="sl-button sl-button-small" onClick={onFit}>
          {t("mapFit")}
        </button>
      </div>
      {folds === null || folds === undefined ? null : (
        <div className="sl-map-zoom" role="group" aria-label={t("mapFoldControls")}>
          <button type="button" className="sl-button sl-button-small" onClick={folds.onOpenAll}>
            {t("mapOpenAllGroups")}
          </button>
          <button type="button" className="sl-button sl-button-small" onClick={folds.onCloseAll}>
            {t("mapCloseAllGroups")}
          </button>
        </div>
      )}
      <div className="sl-map-modes">
        <button
          type="button"
          className="sl-button sl-button-small"
          aria-pressed={heat}
          onClick={() => onHeatChange(!heat)}
        >
          {t("mapHeat")}
        </button>
        {workshop === null ? null : (
          <button
            type="button"
            className="sl-button sl-button-small"
            aria-pressed={workshop}
            onClick={() => onWorkshopChange(!workshop)}
          >
            {t("mapWorkshopMode")}
          </button>
        )}
        <button type="button" className="sl-button sl-button-small" onClick={() => onExport("svg")}>
          {t("mapExportSvg")}
        </button>
        <button type="button" className="sl-button sl-button-small" onClick={() => onExport("png")}>
          {t("mapExportPng")}
        </button>
        {onPoster === undefined
          ? null
          : MAP_POSTER_CHOICES.map((choice) => (
              <button
                key={`${choice.paper}-${choice.format}`}
                type="button"
                className="sl-button sl-button-small"
                onClick={() => onPoster(choice)}
              >
                {t("mapPoster", { paper: choice.paper, format: choice.format.toUpperCase() })}
              </button>
            ))}
      </div>
    </div>
  );
}
