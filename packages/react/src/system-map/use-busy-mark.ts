/**
 * The first answer to a press that opens or folds a group (issue 20, point 5: within one frame on a national
 * map): the map's frame says it is busy (`aria-busy`) and the pressed group too, with a dashed ring drawn over it,
 * all set on elements in the DOM rather than through a render. A render of the map in the press's own frame would
 * restyle thousands of SVG elements before anything is painted, and even one restyled part inside the map's SVG
 * makes Chromium record the whole SVG's paint again; the ring is a small element of its own over the SVG, so the
 * frame that answers paints only the ring. The fold itself follows in a transition (use-map-folds.ts), and the
 * marks go when the map shows it.
 */
import { useState, type RefObject } from "react";

/** Room between the group's shape and the ring around it, in CSS px. */
const RING_GAP_PX = 4;

/**
 * `mark(what)` for `useMapFolds`' `onPending`: `what` is a shown group's id (that group is marked and ringed),
 * `"all"` or another id (the frame alone), `null` to clear every mark. `indexOf` finds a shown node's index, read
 * when the press comes (a ref, so the callback never changes).
 *
 * @example
 * const markBusy = useBusyMark(frameRef, ringRef, nodeElements, indexOfRef);
 * useMapFolds(graph, { …, onPending: markBusy });
 */
export function useBusyMark(
  frame: RefObject<HTMLElement | null>,
  ring: RefObject<HTMLElement | null>,
  nodeElements: RefObject<ReadonlyMap<number, SVGGElement>>,
  indexOf: RefObject<ReadonlyMap<string, number>>,
): (what: string | null) => void {
  // One function for the map's life: what it marked lives in its closure, the refs are read at each press.
  const [mark] = useState(() => {
    let marked: Element[] = [];
    return (what: string | null) => {
      for (const element of marked) element.removeAttribute("aria-busy");
      marked = [];
      ring.current?.removeAttribute("data-shown");
      const host = frame.current;
      if (what === null || host === null) return;
      host.setAttribute("aria-busy", "true");
      marked.push(host);
      const index = indexOf.current.get(what);
      const group = index === undefined ? undefined : nodeElements.current.get(index);
      if (group === undefined || ring.current === null) return;
      group.setAttribute("aria-busy", "true");
      marked.push(group);
      // Both boxes come from the layout of the frame already painted: reading them forces no new layout. The ring
      // is always there, a layer of its own (system-map.css): showing it moves and uncovers that layer alone.
      const outer = host.getBoundingClientRect();
      const box = group.getBoundingClientRect();
      const x = box.left - outer.left - host.clientLeft - RING_GAP_PX;
      const y = box.top - outer.top - host.clientTop - RING_GAP_PX;
      ring.current.style.transform = `translate(${x}px, ${y}px)`;
      ring.current.style.width = `${box.width + 2 * RING_GAP_PX}px`;
      ring.current.style.height = `${box.height + 2 * RING_GAP_PX}px`;
      ring.current.setAttribute("data-shown", "");
    };
  });
  return mark;
}
