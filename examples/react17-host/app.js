/*
 * The host's web part in React 17 (window.React, window.ReactDOM from the UMD builds, no JSX, no build): a
 * counter of its own, and an sl-leadership-comparison element that runs React 19 inside its shadow root. React
 * 17 passes custom elements attributes only, so the web part reads the element's choice from its attribute.
 */
"use strict";

const { createElement: h, useEffect, useRef, useState } = window.React;

function WebPart() {
  const [clicks, setClicks] = useState(0);
  const [chosen, setChosen] = useState("");
  const comparison = useRef(null);

  useEffect(() => {
    const element = comparison.current;
    // The element sets its leadership-id attribute when the person chooses in its list.
    const observer = new MutationObserver(() => setChosen(element.getAttribute("leadership-id") ?? ""));
    observer.observe(element, { attributes: true, attributeFilter: ["leadership-id"] });
    return () => observer.disconnect();
  }, []);

  return h(
    "section",
    { "aria-labelledby": "web-part-title" },
    h("h2", { id: "web-part-title" }, `Webbdelen i React ${window.React.version}`),
    h(
      "p",
      null,
      h(
        "button",
        { type: "button", className: "web-part-counter", onClick: () => setClicks((count) => count + 1) },
        `Klick i React 17: ${clicks}`,
      ),
    ),
    h(
      "p",
      { id: "web-part-chosen" },
      chosen === "" ? "Ingen systemledning vald i elementet än." : `Vald i elementet: ${chosen}`,
    ),
    h("sl-leadership-comparison", {
      ref: comparison,
      src: "vendor/workspace.json",
      "round-id": "sjalvskattning-2025",
      lang: "sv",
    }),
  );
}

window.ReactDOM.render(h(WebPart), document.getElementById("web-part"));
