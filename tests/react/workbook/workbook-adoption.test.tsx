// @vitest-environment jsdom
/**
 * The workbook's last part: the leadership adopts its charter on a day (`adoptCharter`), today in Stockholm by the
 * workbook's clock unless another day is typed; a charter without a date says it is not adopted; a refusal stands at
 * the date field.
 */
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { currentCharterOf } from "@systemledning/core/structure";
import type { Workspace } from "@systemledning/core/workspace";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MetodstodWorkbook } from "../../../packages/react/src/workbook/metodstod-workbook.js";
import type { WorkbookChangeContext } from "../../../packages/react/src/workbook/use-workbook.js";
import { memoryStorage } from "./storage.js";
import { useHostedWorkspace } from "./host.js";

afterEach(cleanup);

const SLOW = { timeout: 60_000 };
const dalarna = createDalarnaSampleWorkspace();
// 23:30 UTC on 13 May is already the 14th in Stockholm (summer time, UTC+2).
const now = () => new Date("2026-05-13T23:30:00Z");

function Host({
  initial,
  leadershipId,
  seen,
}: {
  initial: Workspace;
  leadershipId: string;
  seen: (c: WorkbookChangeContext, ws: Workspace) => void;
}) {
  const { workspace, apply } = useHostedWorkspace(initial, (next: Workspace, context: WorkbookChangeContext) =>
    seen(context, next),
  );
  return (
    <MetodstodWorkbook
      workspace={workspace}
      leadershipId={leadershipId}
      asOf="2026-05-13"
      now={now}
      draftStorage={memoryStorage()}
      onChange={apply}
    />
  );
}

const adoption = () => screen.getByRole("region", { name: "Anta överenskommelsen" });

describe("MetodstodWorkbook: adopting the charter", SLOW, () => {
  it("records today in Stockholm as the adoption day of a charter that has none, and says so", async () => {
    const user = userEvent.setup();
    const seen = vi.fn<(c: WorkbookChangeContext, ws: Workspace) => void>();
    render(<Host initial={dalarna} leadershipId="ls-vansbro" seen={seen} />);
    const part = adoption();
    expect(within(part).getByText(/inte antagen än/)).toBeTruthy();
    const day = within(part).getByLabelText<HTMLInputElement>("Antagen den");
    expect(day.value).toBe("2026-05-14");

    await user.click(within(part).getByRole("button", { name: "Anta överenskommelsen" }));
    expect(seen).toHaveBeenCalledTimes(1);
    const [context, saved] = seen.mock.calls[0]!;
    expect(context).toEqual({ command: "adoptCharter", leadershipId: "ls-vansbro", on: "2026-05-14" });
    expect(currentCharterOf(saved, "ls-vansbro")?.adoptedAt).toBe("2026-05-14");
    expect(await within(adoption()).findByText("Överenskommelsen antogs 14 maj 2026.")).toBeTruthy();
  });

  it("shows the day an adopted charter was adopted, and records another day typed", async () => {
    const user = userEvent.setup();
    const seen = vi.fn<(c: WorkbookChangeContext, ws: Workspace) => void>();
    render(<Host initial={dalarna} leadershipId="ls-mora" seen={seen} />);
    expect(within(adoption()).getByText("Överenskommelsen antogs 2 september 2025.")).toBeTruthy();
    const day = within(adoption()).getByLabelText<HTMLInputElement>("Antagen den");
    await user.clear(day);
    await user.type(day, "2026-04-09");
    await user.click(within(adoption()).getByRole("button", { name: "Anta överenskommelsen" }));
    expect(currentCharterOf(seen.mock.calls[0]![1], "ls-mora")?.adoptedAt).toBe("2026-04-09");
  });

  it("shows the core's refusal of a day that is not a date at the field, and saves nothing", async () => {
    const user = userEvent.setup();
    const seen = vi.fn<(c: WorkbookChangeContext, ws: Workspace) => void>();
    render(<Host initial={dalarna} leadershipId="ls-mora" seen={seen} />);
    const day = within(adoption()).getByLabelText<HTMLInputElement>("Antagen den");
    await user.clear(day);
    await user.click(within(adoption()).getByRole("button", { name: "Anta överenskommelsen" }));
    expect(seen).not.toHaveBeenCalled();
    expect(day.getAttribute("aria-invalid")).toBe("true");
    const error = document.getElementById(day.getAttribute("aria-describedby")!);
    expect(error?.textContent).not.toBe("");
  });
});
