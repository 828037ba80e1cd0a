// @vitest-environment jsdom
/**
 * The element wrapper in jsdom: attributes reflected to properties, data through the property and through
 * `src` (a mocked fetch), every theme of the kit's `KitTheme` on the widget's root, the door's and the
 * attributes' issues as an alert inside the shadow root and as `sl-error`, and a React root that survives a move and is gone after a removal.
 */
import { waitFor } from "@testing-library/dom";
import type { KitTheme } from "@systemledning/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createElementClass, ELEMENT_SPECS, RENDERERS } from "../../packages/elements/src/index.js";
import { COMMON_ATTRIBUTES } from "../../packages/elements/src/specs/common.js";
import { AS_OF, eventsArrive, inShadow, place, recordEvents, SAMPLE_JSON, sampleData } from "./helpers.js";

type Reflecting = HTMLElement & Record<string, unknown>;

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe("the elements", () => {
  it("defines one element per spec, each with a renderer", () => {
    expect(ELEMENT_SPECS.map((spec) => spec.tag).sort()).toEqual(Object.keys(RENDERERS).sort());
    for (const spec of ELEMENT_SPECS) expect(customElements.get(spec.tag)?.name).toBe(spec.className);
  });

  it("reflects attributes to properties and properties to attributes, by the spec's types", () => {
    const map = place<Reflecting>("sl-system-map");
    expect(map["view"]).toBe("system");
    expect(map["theme"]).toBe("auto");
    expect(map["workshop"]).toBe(false);
    map.setAttribute("view", "hierarchy");
    expect(map["view"]).toBe("hierarchy");
    map["asOf"] = "2026-05-13";
    expect(map.getAttribute("as-of")).toBe("2026-05-13");
    map["workshop"] = true;
    expect(map.getAttribute("workshop")).toBe("");
    map["workshop"] = false;
    expect(map.hasAttribute("workshop")).toBe(false);
    map["focusId"] = undefined;
    expect(map.hasAttribute("focus-id")).toBe(false);

    const plan = place<Reflecting>("sl-annual-plan", { year: "2026" });
    expect(plan["year"]).toBe(2026);
    const compliance = place<Reflecting>("sl-compliance-overview");
    compliance["forumIds"] = ["f-lchnv", "f-vfr"];
    expect(compliance.getAttribute("forum-ids")).toBe("f-lchnv f-vfr");
    expect(compliance["forumIds"]).toEqual(["f-lchnv", "f-vfr"]);
  });

  it("renders the component from a workspace set as a property, validated at the door", async () => {
    const timeline = place<Reflecting>("sl-timeline", { "as-of": AS_OF });
    timeline["workspace"] = sampleData();
    expect(timeline["workspace"]).toMatchObject({ schema: expect.any(String) });
    await expect(inShadow(timeline).findByRole("figure", { name: "Tidslinje" })).resolves.toBeTruthy();

    timeline.setAttribute("lang", "en");
    await expect(inShadow(timeline).findByRole("figure", { name: "Timeline" })).resolves.toBeTruthy();
  });

  it("takes a workspace set on the element before its class was defined", async () => {
    const tag = "sl-late-timeline";
    const late = place<Reflecting>(tag, { "as-of": AS_OF });
    late["workspace"] = sampleData();
    const spec = ELEMENT_SPECS.find((candidate) => candidate.tag === "sl-timeline")!;
    customElements.define(tag, createElementClass({ ...spec, tag }, RENDERERS["sl-timeline"]!));
    expect(late["workspace"]).toMatchObject({ schema: expect.any(String) });
    await expect(inShadow(late).findByRole("figure", { name: "Tidslinje" })).resolves.toBeTruthy();
  });

  it("fetches src once, through the door, and shows it", async () => {
    const fetchMock = vi.fn(async () => new Response(SAMPLE_JSON, { status: 200 }));
    vi.stubGlobal("fetch", fetchMock);
    const plan = place<Reflecting>("sl-annual-plan", {
      src: "/data/workspace.json",
      "forum-id": "f-vasterbergslagen",
      "as-of": AS_OF,
    });
    await expect(inShadow(plan).findByRole("heading", { level: 2, name: "Årsplan 2026" })).resolves.toBeTruthy();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0]).toEqual([
      "/data/workspace.json",
      { credentials: "same-origin", headers: { accept: "application/json" } },
    ]);
    expect(plan["workspace"]).toBeDefined();
  });

  it("shows an alert and fires sl-error when src cannot be loaded or is not JSON", async () => {
    const errors = recordEvents("sl-error");
    vi.stubGlobal(
      "fetch",
      vi.fn(async (url: string) =>
        url === "/missing.json" ? new Response("", { status: 404 }) : new Response("{ not json", { status: 200 }),
      ),
    );
    const missing = place("sl-round-overview", { src: "/missing.json", "round-id": "r" });
    await eventsArrive(errors);
    expect(errors[0]?.detail.issues.map((issue: { code: string }) => issue.code)).toEqual(["source_unavailable"]);
    expect((await inShadow(missing).findByRole("alert")).textContent).toMatch(/HTTP 404/);

    place("sl-round-overview", { src: "/broken.json", "round-id": "r" });
    await eventsArrive(errors, 2);
    expect(errors[1]?.detail.issues[0]).toMatchObject({ code: "invalid_json", path: "" });
  });

  it("shows the door's issues in an alert inside the shadow root and fires sl-error, bubbling and composed", async () => {
    const errors = recordEvents("sl-error");
    const neighbour = place("p");
    neighbour.textContent = "The host's own text";
    const chart = place<Reflecting>("sl-distribution-chart", { "round-id": "r-2025" });
    chart["workspace"] = { schema: "not a workspace" };
    await eventsArrive(errors);
    const event = errors[0]!;
    expect(event.target).toBe(chart);
    expect(event.bubbles).toBe(true);
    expect(event.composed).toBe(true);
    const issues = event.detail.issues as { path: string; code: string; message: { sv: string; en: string } }[];
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(typeof issue.path).toBe("string");
      expect(issue.code).not.toBe("");
      expect(issue.message.sv).not.toBe("");
      expect(issue.message.en).not.toBe("");
    }
    const alert = await inShadow(chart).findByRole("alert");
    expect(alert.textContent).toContain("Det här avsnittet kunde inte visas.");
    expect(alert.textContent).toContain(issues[0]!.message.sv);
    expect(chart["workspace"]).toBeUndefined();
    // The page around it is untouched, and the alert is inside the element, not in the page.
    expect(neighbour.isConnected).toBe(true);
    expect(document.querySelectorAll('[role="alert"]')).toHaveLength(0);
  });

  it("shows a bad attribute value as an alert and sl-error, and recovers when it is fixed", async () => {
    const errors = recordEvents("sl-error");
    const map = place<Reflecting>("sl-system-map", { view: "sideways", "as-of": AS_OF });
    map["workspace"] = sampleData();
    await eventsArrive(errors);
    expect(errors[0]?.detail.issues).toEqual([
      expect.objectContaining({
        code: "invalid_attribute",
        path: "view",
        params: expect.objectContaining({ value: "sideways" }),
      }),
    ]);
    expect((await inShadow(map).findByRole("alert")).textContent).toContain(
      'Attributet view="sideways" är ogiltigt: det ska vara ett av system, hierarchy, perspective.',
    );
    map.setAttribute("as-of", "2026-02-30");
    await eventsArrive(errors, 2);
    expect(errors[1]?.detail.issues.map((issue: { path: string }) => issue.path)).toEqual(["view", "as-of"]);

    map.setAttribute("view", "system");
    map.setAttribute("as-of", AS_OF);
    await expect(inShadow(map).findByRole("figure", { name: "Systemkarta" })).resolves.toBeTruthy();
    expect(inShadow(map).queryByRole("alert")).toBeNull();
  });

  it("takes every theme of the kit's KitTheme, high-contrast included, onto the widget's root", async () => {
    const themes = ["light", "dark", "high-contrast", "auto"] as const satisfies readonly KitTheme[];
    // Fails to compile when KitTheme gains a theme this list (and so, below, the attribute) lacks.
    const everyTheme: [Exclude<KitTheme, (typeof themes)[number]>] extends [never] ? true : false = true;
    expect(everyTheme).toBe(true);
    expect(COMMON_ATTRIBUTES.find((attribute) => attribute.name === "theme")?.type).toEqual({
      kind: "enum",
      values: themes,
    });
    const errors = recordEvents("sl-error");
    const timeline = place<Reflecting>("sl-timeline", { "as-of": AS_OF, theme: "high-contrast" });
    timeline["workspace"] = sampleData();
    await expect(inShadow(timeline).findByRole("figure", { name: "Tidslinje" })).resolves.toBeTruthy();
    expect(timeline["theme"]).toBe("high-contrast");
    for (const theme of ["high-contrast", ...themes]) {
      timeline.setAttribute("theme", theme);
      await waitFor(() =>
        expect(timeline.shadowRoot?.querySelector(".sl-root")?.getAttribute("data-sl-theme") ?? "auto").toBe(theme),
      );
    }
    expect(errors).toEqual([]);
    expect(inShadow(timeline).queryByRole("alert")).toBeNull();
  });

  it("reports a required attribute that is missing, and an id that names nothing in the workspace", async () => {
    const errors = recordEvents("sl-error");
    const form = place<Reflecting>("sl-assessment-form");
    form["workspace"] = sampleData();
    await eventsArrive(errors);
    expect(errors[0]?.detail.issues[0]).toMatchObject({ code: "missing_attribute", path: "round-id" });

    form.setAttribute("round-id", "no-such-round");
    await eventsArrive(errors, 2);
    expect(errors[1]?.detail.issues.length).toBeGreaterThan(0);
    await expect(inShadow(form).findByRole("alert")).resolves.toBeTruthy();
  });

  it("keeps its React tree through a move in the DOM and unmounts it when removed", async () => {
    const timeline = place<Reflecting>("sl-timeline", { "as-of": AS_OF });
    timeline["workspace"] = sampleData();
    const figure = await inShadow(timeline).findByRole("figure", { name: "Tidslinje" });
    const elsewhere = place("section");
    elsewhere.append(timeline);
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(figure.isConnected).toBe(true);
    expect(inShadow(timeline).getByRole("figure", { name: "Tidslinje" })).toBe(figure);

    timeline.remove();
    await waitFor(() => expect(figure.isConnected).toBe(false));
    expect(timeline.shadowRoot?.firstElementChild?.childNodes).toHaveLength(0);

    document.body.append(timeline);
    await expect(inShadow(timeline).findByRole("figure", { name: "Tidslinje" })).resolves.not.toBe(figure);
  });
});
