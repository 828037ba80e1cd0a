/**
 * The dashboard's intake of outside workspaces (examples/dashboard/src/workspaces/): a file's text or an address's
 * answer goes through the core's door, and every refusal has a path, a code and Swedish and English text; each choice
 * has a storage key of its own, valid as a reference server id, and a remembered choice is read back safely.
 */
import { BUNDLED_COUNTIES } from "@systemledning/core/counties";
import { createKalmarSampleWorkspace } from "@systemledning/core/profiles/kalmar";
import { serializeWorkspace } from "@systemledning/core/workspace";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_CHOICE,
  fileChoice,
  parseRememberedChoice,
  sameChoice,
  storageKeyOf,
  type WorkspaceChoice,
} from "../../examples/dashboard/src/workspaces/choice.js";
import {
  fetchWorkspace,
  readWorkspaceFile,
  readWorkspaceText,
  type AddressFetch,
  type IntakeIssue,
} from "../../examples/dashboard/src/workspaces/intake.js";

const kalmarText = serializeWorkspace(createKalmarSampleWorkspace());
const BASE = "http://127.0.0.1:4173/?workspace=x";

function expectBilingual(issues: readonly IntakeIssue[]) {
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(issue.code).toMatch(/^[a-z_]+$/);
    expect(issue.message.sv.length).toBeGreaterThan(0);
    expect(issue.message.en.length).toBeGreaterThan(0);
    expect(issue.message.sv).not.toBe(issue.message.en);
  }
}

describe("readWorkspaceText", () => {
  it("takes a workspace through the door, a byte-order mark too", () => {
    const result = readWorkspaceText(`\ufeff${kalmarText}`);
    expect(result.ok && result.workspace.profile.id).toBe("kalmar");
  });

  it("refuses text that is not JSON with invalid_json, in both languages", () => {
    const result = readWorkspaceText('{"schema": ');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.path, i.code])).toEqual([["", "invalid_json"]]);
    expectBilingual(result.issues);
  });

  it("refuses a document the door refuses, with the door's paths and codes", () => {
    const broken = JSON.parse(kalmarText) as { leaderships: { forumIds?: unknown; id: unknown }[] };
    broken.leaderships[0]!.id = 42;
    const result = readWorkspaceText(JSON.stringify(broken));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.some((i) => i.path === "leaderships[0].id")).toBe(true);
    expectBilingual(result.issues);
  });

  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = readWorkspaceText(text);
        if (!result.ok) expectBilingual(result.issues);
      }),
      { seed: 19, numRuns: 200 },
    );
  });

  it("reads a file and keeps its text for the storage key; an unreadable file is file_unreadable", async () => {
    const read = await readWorkspaceFile({ name: "kalmar.json", text: () => Promise.resolve(kalmarText) });
    expect(read.ok).toBe(true);
    expect(read.text).toBe(kalmarText);
    const unreadable = await readWorkspaceFile({ name: "x.json", text: () => Promise.reject(new Error("gone")) });
    expect(!unreadable.ok && unreadable.issues.map((i) => i.code)).toEqual(["file_unreadable"]);
  });
});

describe("fetchWorkspace", () => {
  const answering =
    (status: number, body: string): AddressFetch =>
    () =>
      Promise.resolve({ ok: status >= 200 && status < 300, status, text: () => Promise.resolve(body) });

  it("fetches the address relative to the page, and takes what passes the door", async () => {
    const asked: string[] = [];
    const result = await fetchWorkspace("/data/kalmar.json", BASE, (url) => {
      asked.push(url);
      return answering(200, kalmarText)(url);
    });
    expect(asked).toEqual(["http://127.0.0.1:4173/data/kalmar.json"]);
    expect(result.ok && result.workspace.profile.id).toBe("kalmar");
  });

  it.each([
    ["a 404", answering(404, "Not found"), "/missing.json", "http_status"],
    ["a network failure", () => Promise.reject(new TypeError("Failed to fetch")), "/x.json", "fetch_failed"],
    ["an answer that is not JSON", answering(200, "<html>"), "/x.json", "invalid_json"],
    ["a scheme other than http(s)", answering(200, kalmarText), "data:application/json,{}", "invalid_address"],
    ["no address at all", answering(200, kalmarText), "http://[", "invalid_address"],
  ] as const)("refuses %s", async (_, fetcher, address, code) => {
    const result = await fetchWorkspace(address, BASE, fetcher);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.code)).toEqual([code]);
    expectBilingual(result.issues);
  });
});

describe("workspace choices", () => {
  const SERVER_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

  it("give every county, file and address a key of its own that the reference server takes", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string(), fc.webUrl(), (name, content, address) => {
        const choices: WorkspaceChoice[] = [
          ...BUNDLED_COUNTIES.map((county) => ({ kind: "county", id: county.id }) as const),
          fileChoice(name, content),
          { kind: "address", address },
        ];
        const keys = choices.map(storageKeyOf);
        for (const key of keys) expect(key).toMatch(SERVER_ID);
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { seed: 19, numRuns: 100 },
    );
  });

  it("tell one file's content from another's of the same name, and find the same file again", () => {
    expect(sameChoice(fileChoice("a.json", "1"), fileChoice("a.json", "1"))).toBe(true);
    expect(sameChoice(fileChoice("a.json", "1"), fileChoice("a.json", "2"))).toBe(false);
  });

  it("are read back from what was remembered, and anything else is null", () => {
    for (const choice of [DEFAULT_CHOICE, fileChoice("x.json", "{}"), { kind: "address", address: "/x.json" } as const])
      expect(parseRememberedChoice(JSON.stringify(choice))).toEqual(choice);
    for (const text of [
      null,
      "",
      "{",
      "null",
      '{"kind":"county","id":"atlantis"}',
      '{"kind":"file","name":"x","key":"dalarna"}',
    ])
      expect(parseRememberedChoice(text)).toBeNull();
  });
});
