// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { useState, version } from "react";
import { version as domVersion } from "react-dom";
import { version as serverVersion } from "react-dom/server";
import { describe, expect, inject, it } from "vitest";

function Counter() {
  const [count] = useState(1);
  return <p>count {count}</p>;
}

describe("the React a project runs", () => {
  it("is the major version the project declares, in the kit, React DOM and Testing Library alike", () => {
    const major = inject("reactMajor");
    expect(version.startsWith(`${major}.`), version).toBe(true);
    expect(domVersion.startsWith(`${major}.`), domVersion).toBe(true);
    expect(serverVersion.startsWith(`${major}.`), serverVersion).toBe(true);
    // A hook runs only when the renderer Testing Library uses shares its React with the component.
    render(<Counter />);
    expect(screen.getByText("count 1")).toBeTruthy();
  });
});
