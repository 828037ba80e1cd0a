/**
 * The structure commands of people and seats (addOrganisation, addPerson, addMembership, endMembership,
 * setSubstitute): each success, and each refusal with its path into the intent, its code and both messages.
 * Every command runs on the deep-frozen Dalarna sample, so one that mutated its input would throw.
 */
import { describe, expect, it } from "vitest";
import {
  addMembership,
  addOrganisation,
  addPerson,
  endMembership,
  getSectorCoverage,
  isMembershipActive,
  setSubstitute,
  slugOf,
  type AddMembershipIntent,
} from "@systemledning/core/structure";
import { SAMPLE, accepted, codes, refused } from "./command-helpers.js";

const SEAT: AddMembershipIntent = {
  forumId: "f-mora",
  personId: "p-mora-utv",
  organisationId: "org-mora",
  sectorId: "fritidsforvaltning",
  roles: ["member"],
  kind: "official",
  hasMandate: false,
  from: "2026-02-01",
};

describe("addPerson", () => {
  it("adds a person at the end of people, with an id made from the name", () => {
    const ws = accepted(addPerson(SAMPLE, { name: "Åsa Ödegård-Exempel", title: "Fritidschef" }));
    expect(ws.people.at(-1)).toEqual({
      id: "p-asa-odegard-exempel",
      name: "Åsa Ödegård-Exempel",
      title: "Fritidschef",
    });
    expect(ws.people.length).toBe(SAMPLE.people.length + 1);
  });

  it("makes the derived id unique with -2, -3, and keeps a given id", () => {
    let ws = accepted(addPerson(SAMPLE, { name: "Kim Exempel" }));
    ws = accepted(addPerson(ws, { name: "Kim  exempel!" }));
    ws = accepted(addPerson(ws, { name: "KIM EXEMPEL" }));
    expect(ws.people.slice(-3).map((p) => p.id)).toEqual(["p-kim-exempel", "p-kim-exempel-2", "p-kim-exempel-3"]);
    expect(accepted(addPerson(SAMPLE, { id: "guid-1", name: "Kim", email: "kim@example.org" })).people.at(-1)).toEqual({
      id: "guid-1",
      name: "Kim",
      email: "kim@example.org",
    });
    expect(accepted(addPerson(SAMPLE, { name: "???" })).people.at(-1)?.id).toBe("p");
  });

  it("refuses a duplicate id, a blank name and an unknown field", () => {
    expect(refused(addPerson(SAMPLE, { id: "p-vansbro-ks", name: "Kim" }))).toEqual([
      {
        path: "intent.id",
        code: "duplicate_id",
        sv: 'Id "p-vansbro-ks" finns redan (första gången vid people[0]). Varje post behöver ett unikt id.',
        en: 'Id "p-vansbro-ks" is already used (first at people[0]). Every record needs a unique id.',
      },
    ]);
    expect(codes(addPerson(SAMPLE, { name: "" }))).toEqual([["too_small", "intent.name"]]);
    expect(codes(addPerson(SAMPLE, { name: "Kim", phone: "1" } as never))).toEqual([["unknown_field", "intent.phone"]]);
    expect(codes(addPerson(SAMPLE, null as never))).toEqual([["invalid_type", "intent"]]);
  });

  it("slugs names to ASCII", () => {
    expect(slugOf("Välfärdsrådet i Mora")).toBe("valfardsradet-i-mora");
    expect(slugOf("  --Älvdalen--  ")).toBe("alvdalen");
  });
});

describe("addOrganisation", () => {
  it("adds an actor, a principal with a code of the profile, and a body within a principal", () => {
    const ws = accepted(addOrganisation(SAMPLE, { kind: "civil-society", name: "Röda korset Mora" }));
    expect(ws.organisations.at(-1)).toEqual({
      id: "org-roda-korset-mora",
      kind: "civil-society",
      name: "Röda korset Mora",
    });
    const body = accepted(
      addOrganisation(SAMPLE, {
        kind: "municipality",
        name: "Socialnämnden Mora",
        tier: "committee",
        parentId: "org-mora",
      }),
    );
    expect(body.organisations.at(-1)).toMatchObject({ tier: "committee", parentId: "org-mora" });
    const principal = accepted(
      addOrganisation(SAMPLE, { id: "org-mora-2", kind: "municipality", name: "Mora", code: "2062" }),
    );
    expect(principal.organisations.at(-1)).toEqual({
      id: "org-mora-2",
      kind: "municipality",
      name: "Mora",
      code: "2062",
    });
  });

  it("refuses a code not in the profile, a principal without a code, a code with a tier, and an unknown parent", () => {
    expect(refused(addOrganisation(SAMPLE, { kind: "municipality", name: "Uppsala", code: "0380" }))).toEqual([
      {
        path: "intent.code",
        code: "unknown_municipality",
        sv: 'Kommunkoden "0380" finns inte i profilen "dalarna".',
        en: 'The municipality code "0380" is not in the profile "dalarna".',
      },
    ]);
    expect(codes(addOrganisation(SAMPLE, { kind: "region", name: "Region X" }))).toEqual([
      ["missing_field", "intent.code"],
    ]);
    const both = refused(
      addOrganisation(SAMPLE, { kind: "municipality", name: "Mora", code: "2062", tier: "council" }),
    );
    expect(both.map((i) => [i.code, i.path])).toEqual([["principal_with_tier", "intent.tier"]]);
    expect(both[0]!.en).toContain("Remove the code or the tier.");
    expect(both[0]!.sv).toContain("Ta bort koden eller nivån.");
    expect(codes(addOrganisation(SAMPLE, { kind: "other", name: "X", parentId: "org-saknas" }))).toEqual([
      ["dangling_reference", "intent.parentId"],
    ]);
    expect(codes(addOrganisation(SAMPLE, { id: "org-mora", kind: "other", name: "X" }))).toEqual([
      ["duplicate_id", "intent.id"],
    ]);
  });
});

describe("addMembership", () => {
  it("adds a seat with the id m:<forum>:<person>, unique with -2, and the structure questions count it", () => {
    const ws = accepted(addMembership(SAMPLE, SEAT));
    expect(ws.memberships.at(-1)).toEqual({ id: "m:f-mora:p-mora-utv-2", ...SEAT, roles: ["member"] });
    const extra = (w: typeof ws) =>
      getSectorCoverage(w, { forumId: "f-mora" }, { asOf: "2026-03-01" }).extra.map((item) => item.sectorId);
    expect(extra(SAMPLE)).not.toContain("fritidsforvaltning");
    expect(extra(ws)).toContain("fritidsforvaltning");
    const fresh = accepted(addMembership(SAMPLE, { ...SEAT, personId: "p-vansbro-ks" }));
    expect(fresh.memberships.at(-1)?.id).toBe("m:f-mora:p-vansbro-ks");
  });

  it("adds a substitute for a seat of the same forum", () => {
    const ws = accepted(
      addMembership(SAMPLE, {
        ...SEAT,
        id: "sub-1",
        roles: ["substitute"],
        substituteForId: "m:f-mora:p-mora-vo",
        to: "2026-12-31",
      }),
    );
    expect(ws.memberships.at(-1)).toMatchObject({
      id: "sub-1",
      substituteForId: "m:f-mora:p-mora-vo",
      to: "2026-12-31",
    });
  });

  it("refuses unknown forum, person, organisation and sector, all at once", () => {
    expect(
      codes(
        addMembership(SAMPLE, {
          ...SEAT,
          forumId: "f-saknas",
          personId: "p-saknas",
          organisationId: "org-saknas",
          sectorId: "hemtjanst",
        }),
      ),
    ).toEqual([
      ["dangling_reference", "intent.forumId"],
      ["dangling_reference", "intent.personId"],
      ["dangling_reference", "intent.organisationId"],
      ["dangling_reference", "intent.sectorId"],
    ]);
    expect(refused(addMembership(SAMPLE, { ...SEAT, sectorId: "hemtjanst" }))[0]).toEqual({
      path: "intent.sectorId",
      code: "dangling_reference",
      sv: 'Hänvisningen "hemtjanst" pekar inte på någon post i profile.sectors.',
      en: 'The reference "hemtjanst" points to no record in profile.sectors.',
    });
  });

  it("refuses a duplicate id, a repeated role, no role, and an end before the start", () => {
    expect(codes(addMembership(SAMPLE, { ...SEAT, id: "m:f-mora:p-mora-vo" }))).toEqual([
      ["duplicate_id", "intent.id"],
    ]);
    expect(codes(addMembership(SAMPLE, { ...SEAT, roles: ["member", "chair", "member"] }))).toEqual([
      ["duplicate_value", "intent.roles[2]"],
    ]);
    expect(codes(addMembership(SAMPLE, { ...SEAT, roles: [] }))).toEqual([["too_small", "intent.roles"]]);
    expect(refused(addMembership(SAMPLE, { ...SEAT, to: "2026-01-31" }))).toEqual([
      {
        path: "intent.to",
        code: "ends_before_start",
        sv: "Slutdatumet 2026-01-31 ligger före startdatumet 2026-02-01. Ange en dag från och med 2026-02-01.",
        en: "The end 2026-01-31 is before the start 2026-02-01. Give a day on or after 2026-02-01.",
      },
    ]);
  });

  it("refuses a substitute for itself, for a seat in another forum, for a substitute's seat, or without the role", () => {
    const sub = { ...SEAT, id: "sub-1", roles: ["substitute" as const] };
    expect(codes(addMembership(SAMPLE, { ...sub, substituteForId: "sub-1" }))).toEqual([
      ["self_reference", "intent.substituteForId"],
    ]);
    const other = refused(addMembership(SAMPLE, { ...sub, substituteForId: "m:f-lchnv:p-mora-vo" }));
    expect(other).toEqual([
      {
        path: "intent.substituteForId",
        code: "invalid_substitute",
        sv: "En ersättare måste ersätta en ledamot i samma forum (other forum).",
        en: "A substitute must stand in for a member of the same forum (other forum).",
      },
    ]);
    expect(codes(addMembership(SAMPLE, { ...sub, substituteForId: "m:f-mora:p-mora-ifo" }))).toEqual([
      ["invalid_substitute", "intent.substituteForId"],
    ]);
    expect(codes(addMembership(SAMPLE, { ...sub, substituteForId: "m:f-saknas:x" }))).toEqual([
      ["dangling_reference", "intent.substituteForId"],
    ]);
    expect(codes(addMembership(SAMPLE, { ...SEAT, substituteForId: "m:f-mora:p-mora-vo" }))).toEqual([
      ["invalid_substitute", "intent.roles"],
    ]);
    expect(codes(addMembership(SAMPLE, { ...sub }))).toEqual([["missing_field", "intent.substituteForId"]]);
  });
});

describe("endMembership", () => {
  it("sets the last day and keeps the seat: the questions leave it out after that day", () => {
    const ws = accepted(endMembership(SAMPLE, { membershipId: "m:f-mora:p-mora-vo", on: "2026-03-31" }));
    const seat = ws.memberships.find((m) => m.id === "m:f-mora:p-mora-vo")!;
    expect(seat.to).toBe("2026-03-31");
    expect(ws.memberships.length).toBe(SAMPLE.memberships.length);
    expect(isMembershipActive(seat, "2026-03-31")).toBe(true);
    expect(isMembershipActive(seat, "2026-04-01")).toBe(false);
  });

  it("brings a planned end forward", () => {
    const ws = accepted(endMembership(SAMPLE, { membershipId: "m:f-mora:p-mora-soc:2025", on: "2025-06-30" }));
    expect(ws.memberships.find((m) => m.id === "m:f-mora:p-mora-soc:2025")?.to).toBe("2025-06-30");
  });

  it("refuses an unknown seat, an end before its start, and ending again or later", () => {
    expect(codes(endMembership(SAMPLE, { membershipId: "m-saknas", on: "2026-01-01" }))).toEqual([
      ["dangling_reference", "intent.membershipId"],
    ]);
    expect(codes(endMembership(SAMPLE, { membershipId: "m:f-mora:p-mora-soc", on: "2025-12-31" }))).toEqual([
      ["ends_before_start", "intent.on"],
    ]);
    expect(refused(endMembership(SAMPLE, { membershipId: "m:f-mora:p-mora-soc:2023", on: "2025-01-31" }))).toEqual([
      {
        path: "intent.on",
        code: "already_ended",
        sv: '"m:f-mora:p-mora-soc:2023" har redan avslutats 2024-12-31. Historiken behålls; ett avslut kan bara flyttas tidigare, inte göras om eller förlängas.',
        en: '"m:f-mora:p-mora-soc:2023" already ended on 2024-12-31. History is kept; an end can only be brought forward, not repeated or extended.',
      },
    ]);
    expect(codes(endMembership(SAMPLE, { membershipId: "m:f-mora:p-mora-soc:2023", on: "2024-12-31" }))).toEqual([
      ["already_ended", "intent.on"],
    ]);
    expect(codes(endMembership(SAMPLE, { membershipId: "m:f-mora:p-mora-vo", on: "2026-02-30" }))).toEqual([
      ["invalid_format", "intent.on"],
    ]);
  });
});

describe("setSubstitute", () => {
  it("moves a substitute to another seat of the forum", () => {
    const ws = accepted(
      setSubstitute(SAMPLE, { membershipId: "m:f-mora:p-mora-eh:sub", substituteForId: "m:f-mora:p-mora-vo" }),
    );
    expect(ws.memberships.find((m) => m.id === "m:f-mora:p-mora-eh:sub")).toMatchObject({
      roles: ["substitute"],
      substituteForId: "m:f-mora:p-mora-vo",
    });
  });

  it("makes a seat a substitute (adding the role) and clears it again (removing the role)", () => {
    const made = accepted(
      setSubstitute(SAMPLE, { membershipId: "m:f-mora:p-mora-utv", substituteForId: "m:f-mora:p-mora-vo" }),
    );
    expect(made.memberships.find((m) => m.id === "m:f-mora:p-mora-utv")).toMatchObject({
      roles: ["convener", "secretary", "substitute"],
      substituteForId: "m:f-mora:p-mora-vo",
    });
    const cleared = accepted(setSubstitute(made, { membershipId: "m:f-mora:p-mora-utv", substituteForId: null }));
    expect(cleared.memberships.find((m) => m.id === "m:f-mora:p-mora-utv")).toEqual(
      SAMPLE.memberships.find((m) => m.id === "m:f-mora:p-mora-utv"),
    );
    expect(setSubstitute(SAMPLE, { membershipId: "m:f-mora:p-mora-vo", substituteForId: null })).toEqual({
      ok: true,
      value: SAMPLE,
    });
  });

  it("refuses clearing a seat whose only role is substitute", () => {
    expect(refused(setSubstitute(SAMPLE, { membershipId: "m:f-mora:p-mora-ifo", substituteForId: null }))).toEqual([
      {
        path: "intent.substituteForId",
        code: "substitute_only_role",
        sv: 'Medlemskapet "m:f-mora:p-mora-ifo" har bara rollen ersättare och måste ersätta någon. Avsluta medlemskapet (endMembership) eller ge ersättaren en annan ersättare att ersätta.',
        en: 'The membership "m:f-mora:p-mora-ifo" has no role but substitute and must stand in for someone. End the membership (endMembership) or name another member it stands in for.',
      },
    ]);
  });

  it("refuses a substitute for itself, in another forum, for a substitute, and a seat that has substitutes", () => {
    const id = "m:f-mora:p-mora-eh:sub";
    expect(codes(setSubstitute(SAMPLE, { membershipId: id, substituteForId: id }))).toEqual([
      ["self_reference", "intent.substituteForId"],
    ]);
    expect(codes(setSubstitute(SAMPLE, { membershipId: id, substituteForId: "m:f-lchnv:p-mora-vo" }))).toEqual([
      ["invalid_substitute", "intent.substituteForId"],
    ]);
    expect(codes(setSubstitute(SAMPLE, { membershipId: id, substituteForId: "m:f-mora:p-mora-ifo" }))).toEqual([
      ["invalid_substitute", "intent.substituteForId"],
    ]);
    expect(codes(setSubstitute(SAMPLE, { membershipId: "m-saknas", substituteForId: null }))).toEqual([
      ["dangling_reference", "intent.membershipId"],
    ]);
    const own = refused(
      setSubstitute(SAMPLE, { membershipId: "m:f-mora:p-mora-skol", substituteForId: "m:f-mora:p-mora-vo" }),
    );
    expect(own.map((i) => [i.code, i.path])).toEqual([["substitute_has_substitutes", "intent.membershipId"]]);
    expect(own[0]!.en).toContain("(m:f-mora:p-mora-eh:sub)");
  });

  it("refuses moving a substitute who already stood in at a meeting: history is kept", () => {
    const issues = refused(
      setSubstitute(SAMPLE, { membershipId: "m:f-lchnv:p-rattvik-ifo", substituteForId: "m:f-lchnv:p-mora-vo" }),
    );
    expect(issues).toEqual([
      {
        path: "intent.membershipId",
        code: "substitute_has_attended",
        sv: 'Ersättaren "m:f-lchnv:p-rattvik-ifo" har redan företrätt "m:f-lchnv:p-rattvik-soc" vid mötet "mt-lchnv-2025-02-07", och historiken ändras inte. Avsluta medlemskapet (endMembership) och lägg till ett nytt för den nya ledamoten.',
        en: 'The substitute "m:f-lchnv:p-rattvik-ifo" has already stood in for "m:f-lchnv:p-rattvik-soc" at the meeting "mt-lchnv-2025-02-07", and history is not rewritten. End the membership (endMembership) and add a new one for the new member.',
      },
    ]);
  });
});
