/**
 * The one rule for choosing a text in two languages, which the core's messages and the kit's components share.
 */
import { describe, expect, it } from "vitest";
import { localize } from "../../../packages/core/src/common/localize.js";

describe("localize", () => {
  it("picks English when asked and present", () => {
    expect(localize({ sv: "Nära för mig", en: "Close to me" }, "en")).toBe("Close to me");
  });

  it("falls back to Swedish when the English text is missing", () => {
    expect(localize({ sv: "Nära för mig" }, "en")).toBe("Nära för mig");
    expect(localize({ sv: "Nära för mig", en: undefined }, "en")).toBe("Nära för mig");
  });

  it("always picks Swedish in Swedish", () => {
    expect(localize({ sv: "Nära för mig", en: "Close to me" }, "sv")).toBe("Nära för mig");
  });
});
