/**
 * The layout effect of a component that also renders on a server (docs/quality.md E1).
 *
 * A server runs no effect of either kind, but React 18's `renderToString` reports every `useLayoutEffect` it
 * meets as an error ("useLayoutEffect does nothing on the server"), which a host such as Sitevision logs for each
 * page it renders. Without a document there is no layout to measure, so `useEffect` stands in there; in a
 * browser it is `useLayoutEffect`, which measures before the first paint. The first client render is the same
 * either way, so hydration matches the server's markup.
 */
import { useEffect, useLayoutEffect } from "react";

/**
 * `useLayoutEffect` where there is a document, `useEffect` where there is none (a server).
 *
 * @example
 * useClientLayoutEffect(() => setWidth(ref.current!.getBoundingClientRect().width), []);
 */
// `typeof` reads no global: it is safe where `document` is not declared at all.
export const useClientLayoutEffect: typeof useLayoutEffect =
  typeof document === "undefined" ? useEffect : useLayoutEffect;
