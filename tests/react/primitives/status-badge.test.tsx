// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { LocaleProvider } from "../../../packages/react/src/i18n/locale.js";
import { StatusBadge, type StatusBadgeStatus } from "../../../packages/react/src/primitives/status-badge.js";
import { Widget } from "../../../packages/react/src/primitives/widget.js";

afterEach(cleanup);

const STATUSES: readonly StatusBadgeStatus[] = ["ok", "info", "warning", "missing"];

function Badges() {
  return (
    <ul aria-label="Statusar">
      {STATUSES.map((status) => (
        <li key={status}>
          <StatusBadge status={status} />
        </li>
      ))}
    </ul>
  );
}

describe("StatusBadge", () => {
  it("names every status in Swedish by default, with the shape's data-status beside the word", () => {
    render(<Badges />);
    const items = within(screen.getByRole("list", { name: "Statusar" })).getAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual(["Uppfyllt", "Att känna till", "Bör ses över", "Saknas"]);
    const badges = items.map((item) => item.querySelector(".sl-status"));
    expect(badges.map((badge) => badge?.getAttribute("data-status"))).toEqual(STATUSES);
  });

  it("speaks the kit's locale: a LocaleProvider or the enclosing widget's", () => {
    render(
      <LocaleProvider locale="en">
        <Badges />
      </LocaleProvider>,
    );
    expect(screen.getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "In place",
      "Worth knowing",
      "Needs a look",
      "Missing",
    ]);
    cleanup();
    render(
      <Widget locale="en">
        <table>
          <tbody>
            <tr>
              <th scope="row">Socialtjänst</th>
              <td>
                <StatusBadge status="missing" />
              </td>
            </tr>
          </tbody>
        </table>
      </Widget>,
    );
    // A cell holding a badge is named by the badge's word, so a screen reader hears the status.
    expect(screen.getByRole("cell", { name: "Missing" })).toBeTruthy();
  });

  it("shows a host's own word with the status's shape, and takes the host's classes", () => {
    render(<StatusBadge status="ok" label="Antagen" className="my-badge" />);
    const badge = screen.getByText("Antagen");
    expect(badge.getAttribute("data-status")).toBe("ok");
    expect(badge.className).toBe("sl-status my-badge");
  });
});
