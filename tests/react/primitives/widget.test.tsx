// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { LocaleProvider } from "../../../packages/react/src/i18n/locale.js";
import { KIT_MESSAGES } from "../../../packages/react/src/i18n/messages.js";
import { WidgetErrorBoundary } from "../../../packages/react/src/primitives/error-boundary.js";
import { LiveRegionProvider, useAnnounce } from "../../../packages/react/src/primitives/live-region.js";
import { ThemeProvider, useKitTheme } from "../../../packages/react/src/primitives/theme.js";
import { classNames, Widget } from "../../../packages/react/src/primitives/widget.js";

let consoleError: MockInstance<typeof console.error>;
beforeEach(() => {
  // React reports every error a boundary catches on the console; these tests throw on purpose.
  consoleError = vi.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  consoleError.mockRestore();
});

function Broken({ message = "broken data" }: { readonly message?: string }): never {
  throw new Error(message);
}

function Fine({ label }: { readonly label: string }) {
  return <p>{label}</p>;
}

describe("Widget", () => {
  it("puts the kit's root class, the language and no theme attribute (auto) on its root", () => {
    render(
      <Widget>
        <Fine label="Innehåll" />
      </Widget>,
    );
    const root = screen.getByText("Innehåll").closest("[lang]")!;
    expect(root.getAttribute("lang")).toBe("sv");
    expect(root.classList.contains("sl-root")).toBe(true);
    expect(root.hasAttribute("data-sl-theme")).toBe(false);
  });

  it("sets data-sl-theme for a light or dark theme and keeps the host's class", () => {
    render(
      <>
        <Widget theme="dark" className="intranet-card">
          <Fine label="Mörk" />
        </Widget>
        <Widget theme="light">
          <Fine label="Ljus" />
        </Widget>
      </>,
    );
    const dark = screen.getByText("Mörk").closest("[lang]")!;
    expect(dark.getAttribute("data-sl-theme")).toBe("dark");
    expect(dark.classList.contains("intranet-card")).toBe(true);
    expect(screen.getByText("Ljus").closest("[lang]")!.getAttribute("data-sl-theme")).toBe("light");
  });

  it("takes its theme from its theme prop, else from the nearest ThemeProvider, and hands it down", () => {
    function ShownTheme() {
      return <output>{useKitTheme()}</output>;
    }
    render(
      <ThemeProvider theme="high-contrast">
        <Widget>
          <Fine label="Från leverantören" />
          <ShownTheme />
        </Widget>
        <Widget theme="dark">
          <Fine label="Eget tema" />
        </Widget>
      </ThemeProvider>,
    );
    expect(screen.getByText("Från leverantören").closest("[lang]")!.getAttribute("data-sl-theme")).toBe(
      "high-contrast",
    );
    expect(screen.getByText("high-contrast").tagName).toBe("OUTPUT");
    expect(screen.getByText("Eget tema").closest("[lang]")!.getAttribute("data-sl-theme")).toBe("dark");
  });

  it("takes lang from its locale prop, else from the nearest provider", () => {
    render(
      <LocaleProvider locale="en">
        <Widget>
          <Fine label="From the provider" />
        </Widget>
        <Widget locale="sv">
          <Fine label="Egen" />
        </Widget>
      </LocaleProvider>,
    );
    expect(screen.getByText("From the provider").closest("[lang]")!.getAttribute("lang")).toBe("en");
    expect(screen.getByText("Egen").closest("[lang]")!.getAttribute("lang")).toBe("sv");
  });

  it("shows an alert in Swedish when a child throws, while a sibling widget still renders", () => {
    const onError = vi.fn();
    render(
      <>
        <Widget onError={onError}>
          <Broken />
        </Widget>
        <Widget>
          <Fine label="Grannen fungerar" />
        </Widget>
      </>,
    );
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain(KIT_MESSAGES.widgetFailed.sv);
    expect(alert.textContent).toContain(KIT_MESSAGES.widgetFailedHint.sv);
    expect(screen.getByText("Grannen fungerar")).toBeTruthy();
    expect(onError).toHaveBeenCalledTimes(1);
    expect((onError.mock.calls[0]![0] as Error).message).toBe("broken data");
    // The alert stays inside the failed widget's root, which keeps its language.
    expect(alert.closest("[lang]")!.getAttribute("lang")).toBe("sv");
  });

  it("shows the alert in English for an English widget", () => {
    render(
      <Widget locale="en" onError={() => undefined}>
        <Broken />
      </Widget>,
    );
    expect(screen.getByRole("alert").textContent).toContain(KIT_MESSAGES.widgetFailed.en);
  });

  it("tries again when its resetKey changes", () => {
    function Host() {
      const [data, setData] = useState<string | null>(null);
      return (
        <>
          <button type="button" onClick={() => setData("Nya uppgifter")}>
            Ladda om
          </button>
          <Widget resetKey={data} onError={() => undefined}>
            {data === null ? <Broken /> : <Fine label={data} />}
          </Widget>
        </>
      );
    }
    render(<Host />);
    expect(screen.getByRole("alert")).toBeTruthy();
    act(() => screen.getByRole("button", { name: "Ladda om" }).click());
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByText("Nya uppgifter")).toBeTruthy();
  });

  it("gives its children a live region", async () => {
    function Saver() {
      const announce = useAnnounce();
      return (
        <button type="button" onClick={() => announce("Sparat.")}>
          Spara
        </button>
      );
    }
    const user = userEvent.setup();
    render(
      <Widget>
        <Saver />
      </Widget>,
    );
    await user.click(screen.getByRole("button", { name: "Spara" }));
    expect(screen.getByRole("status").textContent).toBe("Sparat.");
  });
});

describe("WidgetErrorBoundary", () => {
  it("calls onError once per error and does not log to the console then", () => {
    const onError = vi.fn();
    render(
      <WidgetErrorBoundary onError={onError}>
        <Broken />
      </WidgetErrorBoundary>,
    );
    expect(onError).toHaveBeenCalledTimes(1);
    const [, info] = onError.mock.calls[0] as [unknown, { componentStack?: string }];
    expect(typeof info.componentStack).toBe("string");
    expect(consoleError.mock.calls.some((call) => call[0] === "systemledning: a widget failed to render")).toBe(false);
  });

  it("logs to the console when no onError is given", () => {
    render(
      <WidgetErrorBoundary>
        <Broken />
      </WidgetErrorBoundary>,
    );
    expect(consoleError.mock.calls.some((call) => call[0] === "systemledning: a widget failed to render")).toBe(true);
  });

  it("shows a host's fallback instead of the default alert", () => {
    render(
      <WidgetErrorBoundary fallback={<p>Egen ersättning</p>} onError={() => undefined}>
        <Broken />
      </WidgetErrorBoundary>,
    );
    expect(screen.getByText("Egen ersättning")).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("renders its children untouched when nothing throws", () => {
    render(
      <WidgetErrorBoundary>
        <Fine label="Allt väl" />
      </WidgetErrorBoundary>,
    );
    expect(screen.getByText("Allt väl")).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("stays on its alert when re-rendered with the same resetKey", () => {
    const key = { version: 1 };
    const { rerender } = render(
      <WidgetErrorBoundary resetKey={key} onError={() => undefined}>
        <Broken />
      </WidgetErrorBoundary>,
    );
    rerender(
      <WidgetErrorBoundary resetKey={key} onError={() => undefined}>
        <Fine label="Ska inte synas" />
      </WidgetErrorBoundary>,
    );
    expect(screen.getByRole("alert")).toBeTruthy();
    expect(screen.queryByText("Ska inte synas")).toBeNull();
  });
});

describe("LiveRegionProvider", () => {
  function Announcer({ message }: { readonly message: string }) {
    const announce = useAnnounce();
    return (
      <button type="button" onClick={() => announce(message)}>
        Meddela
      </button>
    );
  }

  it("has an empty polite status region from the first render", () => {
    render(
      <LiveRegionProvider>
        <Announcer message="Hej" />
      </LiveRegionProvider>,
    );
    const region = screen.getByRole("status");
    expect(region.getAttribute("aria-live")).toBe("polite");
    expect(region.textContent).toBe("");
  });

  it("announces a message in the status region without moving focus", async () => {
    const user = userEvent.setup();
    render(
      <LiveRegionProvider>
        <Announcer message="3 av 12 rader visas." />
      </LiveRegionProvider>,
    );
    const button = screen.getByRole("button", { name: "Meddela" });
    await user.click(button);
    expect(screen.getByRole("status").textContent).toBe("3 av 12 rader visas.");
    expect(document.activeElement).toBe(button);
  });

  it("re-announces the same message with a new node", async () => {
    const user = userEvent.setup();
    render(
      <LiveRegionProvider>
        <Announcer message="Sparat." />
      </LiveRegionProvider>,
    );
    const button = screen.getByRole("button", { name: "Meddela" });
    await user.click(button);
    const first = within(screen.getByRole("status")).getByText("Sparat.");
    await user.click(button);
    const second = within(screen.getByRole("status")).getByText("Sparat.");
    expect(second).not.toBe(first);
    expect(first.isConnected).toBe(false);
  });

  it("lets useAnnounce do nothing outside any provider", async () => {
    const user = userEvent.setup();
    render(<Announcer message="Ingen hör" />);
    await user.click(screen.getByRole("button", { name: "Meddela" }));
    expect(screen.queryByRole("status")).toBeNull();
    expect(screen.queryByText("Ingen hör")).toBeNull();
  });
});

describe("classNames", () => {
  it("joins the given names and leaves out empty ones", () => {
    expect(classNames("sl-root", false, null, undefined, "", "extra")).toBe("sl-root extra");
  });
});
