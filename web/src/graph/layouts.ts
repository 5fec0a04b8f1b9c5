import cytoscape, { type Collection, type Core, type LayoutOptions, type NodeCollection, type NodeSingular } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import type { LayoutName } from './settings';

cytoscape.use(fcose);
cytoscape.use(dagre);

/** Above this many nodes, layouts do not animate: the animation would cost more than the layout. */
const ANIMATE_BELOW = 400;

/**
 * Above this many nodes fcose runs in draft quality (its spectral step only, no force refinement)
 * and ignores label sizes: on this project's 2-core machines the refinement alone takes seconds
 * for 800 nodes, and 2,000 elements must be drawn and laid out in under 2 s.
 */
const DRAFT_ABOVE = 450;

const FCOSE = {
  name: 'fcose',
  quality: 'default',
  nodeRepulsion: 6500,
  idealEdgeLength: 70,
  nodeSeparation: 60,
  packComponents: true,
  // Labels count in the spacing, so names do not sit on top of neighbouring nodes.
  nodeDimensionsIncludeLabels: true,
  fit: false,
};

function fixed(nodes: NodeCollection) {
  return nodes.map((node) => ({ nodeId: node.id(), position: { ...node.position() } }));
}

/** Options for a full run of the chosen layout over `eles`; pinned (locked) nodes stay put. */
export function fullLayout(name: Exclude<LayoutName, 'hierarchy' | 'time'>, eles: Collection, animate: boolean): LayoutOptions {
  const nodes = eles.nodes();
  const pinned = nodes.filter((node) => node.locked());
  const animation = animate && nodes.length < ANIMATE_BELOW ? { animate: true, animationDuration: 350 } : { animate: false };
  switch (name) {
    case 'fcose':
      return {
        ...FCOSE,
        ...(nodes.length > DRAFT_ABOVE ? { quality: 'draft', nodeDimensionsIncludeLabels: false } : {}),
        ...animation,
        randomize: pinned.length === 0,
        ...(pinned.length ? { fixedNodeConstraint: fixed(pinned) } : {}),
      } as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        ...animation,
        fit: false,
        minNodeSpacing: 12,
        concentric: (node: NodeSingular) => node.degree(false),
        levelWidth: () => 3,
      } as LayoutOptions;
    case 'circle':
      return { name: 'circle', ...animation, fit: false, spacingFactor: 0.9 } as LayoutOptions;
    case 'grid':
      return { name: 'grid', ...animation, fit: false, avoidOverlapPadding: 24, condense: true, sort: byLabelThenName } as LayoutOptions;
  }
}

function byLabelThenName(a: NodeSingular, b: NodeSingular): number {
  return String(a.data('label')).localeCompare(String(b.data('label'))) || String(a.data('name')).localeCompare(String(b.data('name')));
}

/**
 * Options for placing newly added nodes without moving the others: every placed node is a fixed
 * constraint, and the new ones start around the node they hang on (see `seedAround`).
 */
export function incrementalLayout(placed: NodeCollection, animate: boolean): LayoutOptions {
  return {
    ...FCOSE,
    randomize: false,
    packComponents: false,
    // With labels counted, fcose writes fixed nodes back shifted by half a label's height.
    nodeDimensionsIncludeLabels: false,
    animate: animate && placed.length < ANIMATE_BELOW ? 'end' : false,
    animationDuration: 400,
    fixedNodeConstraint: fixed(placed),
  } as LayoutOptions;
}

/** Puts each new node on a small circle around a placed neighbour, so the layout starts close to home. */
export function seedAround(fresh: NodeCollection, isPlaced: (node: NodeSingular) => boolean, cy: Core): void {
  const extent = cy.nodes().filter(isPlaced).boundingBox({});
  const fallback = { x: extent.x2 + 80, y: (extent.y1 + extent.y2) / 2 };
  const around = new Map<string, number>();
  fresh.forEach((node) => {
    const anchor = node.neighborhood().nodes().filter(isPlaced).first() as NodeSingular;
    const centre = anchor.nonempty() ? anchor.position() : fallback;
    const key = anchor.nonempty() ? anchor.id() : '';
    const index = around.get(key) ?? 0;
    around.set(key, index + 1);
    const angle = index * 2.39996; // golden angle: no two seeds on the same ray
    const radius = 60 + 8 * Math.sqrt(index);
    node.position({ x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
  });
}

/**
 * Hierarchy of PART_OF trees (parents above children) with dagre; nodes outside any PART_OF tree
 * go in a grid below it, so the tree stays readable.
 */
export function runHierarchy(cy: Core, eles: Collection, done: () => void): void {
  const partOf = eles.edges('[type = "PART_OF"]');
  const treeNodes = partOf.connectedNodes().filter((node: NodeSingular) => !node.locked());
  const rest = eles
    .nodes()
    .difference(treeNodes)
    .filter((node: NodeSingular) => !node.locked());
  const tree = treeNodes.union(partOf);
  let pending = (tree.nonempty() ? 1 : 0) + (rest.nonempty() ? 1 : 0);
  const finish = () => {
    pending -= 1;
    if (pending <= 0) done();
  };
  if (pending === 0) {
    done();
    return;
  }
  if (tree.nonempty()) {
    tree
      .layout({
        name: 'dagre',
        rankDir: 'BT',
        nodeSep: 30,
        rankSep: 80,
        nodeDimensionsIncludeLabels: true,
        fit: false,
        animate: false,
        stop: () => {
          if (rest.nonempty()) {
            const box = treeNodes.boundingBox({});
            rest
              .layout({
                name: 'grid',
                fit: false,
                avoidOverlapPadding: 20,
                condense: true,
                sort: byLabelThenName,
                boundingBox: { x1: box.x1, y1: box.y2 + 120, w: Math.max(box.w, 800), h: Math.max(200, rest.length * 6) },
              } as LayoutOptions)
              .one('layoutstop', finish)
              .run();
          }
          finish();
        },
      } as LayoutOptions)
      .run();
  } else {
    rest
      .layout({ name: 'grid', fit: false, condense: true, sort: byLabelThenName } as LayoutOptions)
      .one('layoutstop', finish)
      .run();
  }
}

export { fixed as fixedConstraints };
export type { NodeCollection };
