// @vitest-environment jsdom
/**
 * The marks of indicator values (value-mark.tsx): a missing value is a word, never a zero; a preliminary value
 * carries its flag with the full word for screen readers; a final value is the number alone.
 */
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { LocaleProvider, useKitLocale } from "../../../packages/react/src/i18n/locale.js";
import { ValueMark, valueMarkWord } from "../../../packages/react/src/primitives/value-mark.js";

afterEach(cleanup);

describe("ValueMark", () => {
  it("shows a missing value as its word, not as a number", () => {
    const { container } = render(<ValueMark status="missing" formatted="0" />);
    expect(container.textContent).toBe("– saknas");
    expect(container.textContent).not.toContain("0");
  });

  it("flags a preliminary value with the full word for assistive technology", () => {
    render(
      <LocaleProvider locale="en">
        <ValueMark status="preliminary" formatted="1,812" />
      </LocaleProvider>,
    );
    expect(screen.getByTitle("preliminary").textContent).toContain("prel.");
    expect(screen.getByText("1,812", { exact: false }).textContent).toBe("1,812 prel.preliminary");
  });

  it("shows a final value as the number alone", () => {
    const { container } = render(<ValueMark status="final" formatted="86" />);
    expect(container.textContent).toBe("86");
  });

  it("gives the word for CSV cells, and none for a final value", () => {
    function Words() {
      const { t } = useKitLocale("sv");
      return <p>{["final", "preliminary", "missing"].map((s) => String(valueMarkWord(s as "final", t))).join("|")}</p>;
    }
    render(<Words />);
    expect(screen.getByText("null|preliminärt|saknas")).toBeTruthy();
  });
});
