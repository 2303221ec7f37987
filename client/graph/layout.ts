/**
 * Layout options. fcose for everything; when nodes are added to a drawn graph
 * only the new part moves: the nodes already placed are fixed in place.
 */
import type { LayoutOptions, NodeSingular } from 'cytoscape';

type Sized = { data(key: string): unknown };
const sizeOf = (n: Sized): number => Number(n.data('size') ?? 22);
/** Big (busy) nodes push harder and sit further from their neighbours, so hubs do not bury their ties. */
const repulsion = (n: Sized): number => 4500 + 250 * sizeOf(n);
const edgeLength = (e: { source(): Sized; target(): Sized }): number => 45 + (sizeOf(e.source()) + sizeOf(e.target())) * 0.9;

/** Full layout of a fresh graph (fcose: spectral start, then force-directed polish). */
export function fullLayout(nodeCount: number): LayoutOptions {
  return {
    // Big views take fcose's spectral draft only: on 800 nodes / 1,200 edges in headless Chromium it
    // took 0.7–1.9 s against 6–7 s for the full force polish. "Re-layout" (randomize false) polishes later.
    name: 'fcose', quality: nodeCount > 400 ? 'draft' : 'default', randomize: true, animate: false,
    fit: true, padding: 30, nodeRepulsion: repulsion, idealEdgeLength: edgeLength,
  } as LayoutOptions;
}

/** Incremental layout: `fixed` nodes keep their positions, the rest settle around them. */
export function incrementalLayout(fixed: NodeSingular[]): LayoutOptions {
  return {
    name: 'fcose', quality: 'default', randomize: false, animate: true, animationDuration: 300, fit: false,
    nodeRepulsion: repulsion, idealEdgeLength: edgeLength,
    fixedNodeConstraint: fixed.map((n) => ({ nodeId: n.id(), position: { ...n.position() } })),
  } as LayoutOptions;
}

/** Starting positions on a circle around `center`, so new nodes do not all start on one spot. */
export function ringPositions(center: { x: number; y: number }, count: number, radius = 90): Array<{ x: number; y: number }> {
  return Array.from({ length: count }, (_, i) => {
    const a = (2 * Math.PI * i) / Math.max(count, 1);
    return { x: center.x + radius * Math.cos(a), y: center.y + radius * Math.sin(a) };
  });
}
