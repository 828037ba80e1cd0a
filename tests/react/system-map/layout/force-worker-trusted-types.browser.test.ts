import { describe, expect, it } from "vitest";
import { layoutForce } from "../../../../packages/react/src/system-map/layout/force.js";
import { createForceLayoutWorker } from "../../../../packages/react/src/system-map/layout/force-runner.js";
import { randomLayeredGraph } from "./graphs.js";

/**
 * The intranet's strict policy (docs/quality.md S3) includes Trusted Types, under which a worker's URL must be a
 * TrustedScriptURL. This file's page enforces it from here on through a CSP meta element (only this file's
 * frame is affected) and counts violations.
 */
describe("createForceLayoutWorker under require-trusted-types-for 'script'", () => {
  it("starts its worker without a Trusted Types violation", async () => {
    const violations: string[] = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
    const meta = document.createElement("meta");
    meta.httpEquiv = "Content-Security-Policy";
    meta.content = "require-trusted-types-for 'script'";
    document.head.append(meta);
    // The policy is in force: a plain string URL for a worker is refused.
    expect(() => new Worker("data:text/javascript,", { type: "module" })).toThrow(TypeError);
    // Its report arrives as an event of a later task.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(violations).toEqual(["require-trusted-types-for trusted-types-sink"]);
    violations.length = 0;

    const graph = randomLayeredGraph(300, { seed: 20261122 });
    const runner = createForceLayoutWorker();
    const layout = await runner.run(graph, { seed: 2 }).result;
    expect(runner.mode).toBe("worker");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(violations).toEqual([]);
    expect(layout!.positions).toEqual(layoutForce(graph, { seed: 2 }).positions);
    runner.dispose();
  });
});
