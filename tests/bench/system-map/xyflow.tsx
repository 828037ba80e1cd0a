/**
 * Bench page entry: @xyflow/react 12 as its documentation's quick start sets it up (`ReactFlow` with
 * `useNodesState`/`useEdgesState` and their change handlers, `@xyflow/react/dist/style.css`), drawing the same
 * nodes and edges at the same positions as our map: default nodes with our labels, centred on our points
 * (`nodeOrigin` [0.5, 0.5]), straight edges, `fitView` so the whole graph is in view (`minZoom` lowered, as its
 * default 0.5 cannot fit a national map), no animation. "xyflow" leaves `onlyRenderVisibleElements` at its
 * default (false); "xyflow-visible" sets it, as a developer with a large graph might.
 */
import "@xyflow/react/dist/style.css";
import { ReactFlow, useEdgesState, useNodesState, type Edge, type Node } from "@xyflow/react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { registerMapPage, type MapCandidate, type MountedMap } from "./page.js";
import type { XyflowMapData } from "./protocol.js";

interface Prepared {
  readonly json: XyflowMapData;
  readonly positions: ReadonlyMap<string, { readonly x: number; readonly y: number }>;
}

/** Low enough for fitView to fit 5,000 nodes into the box (xyflow's default minimum is 0.5). */
const MIN_ZOOM = 0.01;

const VIEWPORT_TRANSFORM = /translate\(([-\d.e]+)px,\s*([-\d.e]+)px\)\s*scale\(([-\d.e]+)\)/;
const NODE_TRANSLATE = /translate\(([-\d.e]+)px,\s*([-\d.e]+)px\)/;

function Flow({ data, visibleOnly }: { readonly data: XyflowMapData; readonly visibleOnly: boolean }) {
  // Fresh copies per mount: xyflow's change handlers replace node objects as it measures them.
  const [nodes, , onNodesChange] = useNodesState<Node>(
    data.nodes.map((node) => ({ id: node.id, position: { ...node.position }, data: { ...node.data } })),
  );
  const [edges, , onEdgesChange] = useEdgesState<Edge>(data.edges.map((edge) => ({ ...edge })));
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      nodeOrigin={[0.5, 0.5]}
      fitView
      minZoom={MIN_ZOOM}
      onlyRenderVisibleElements={visibleOnly}
    />
  );
}

function candidate(name: string, visibleOnly: boolean): MapCandidate<Prepared> {
  return {
    name,
    mount(host, data) {
      const root = createRoot(host);
      flushSync(() => root.render(<Flow data={data.json} visibleOnly={visibleOnly} />));
      const map: MountedMap = {
        // Every node in the DOM, and none still hidden (xyflow hides a node until it has measured it).
        ready: () =>
          host.querySelectorAll(".react-flow__node").length === data.json.size &&
          host.querySelector('.react-flow__node[style*="visibility: hidden"]') === null,
        panSurface: () => host.querySelector(".react-flow__pane")!,
        transform() {
          const match = VIEWPORT_TRANSFORM.exec(
            host.querySelector<HTMLElement>(".react-flow__viewport")?.style.transform ?? "",
          );
          return match === null
            ? { x: 0, y: 0, k: 1 }
            : { x: Number(match[1]), y: Number(match[2]), k: Number(match[3]) };
        },
        labelsShown: () => true,
        count: () => ({
          nodes: host.querySelectorAll(".react-flow__node").length,
          edges: host.querySelectorAll(".react-flow__edge").length,
        }),
        mismatches() {
          let wrong = 0;
          for (const element of host.querySelectorAll<HTMLElement>(".react-flow__node")) {
            const expected = data.positions.get(element.dataset.id ?? "");
            const match = NODE_TRANSLATE.exec(element.style.transform);
            // The node's box is placed by its top left corner; its centre is our point (offset sizes are whole pixels: a unit of slack).
            if (
              expected === undefined ||
              match === null ||
              Math.abs(Number(match[1]) + element.offsetWidth / 2 - expected.x) > 1 ||
              Math.abs(Number(match[2]) + element.offsetHeight / 2 - expected.y) > 1
            )
              wrong++;
          }
          return wrong;
        },
        unmount: () => root.unmount(),
      };
      return map;
    },
  };
}

registerMapPage<XyflowMapData, Prepared>({
  dataName: "xyflow",
  prepare: (json) => ({ json, positions: new Map(json.nodes.map((node) => [node.id, node.position])) }),
  hostStyle: (data) => ({ width: data.json.width, height: data.json.height }),
  candidates: [candidate("xyflow", false), candidate("xyflow-visible", true)],
});
