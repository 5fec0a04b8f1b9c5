import { LABEL_STYLE, FALLBACK_STYLE, primaryLabel } from '../../graph/palette';

interface ThumbNode {
  id: string;
  labels: string[];
}

const SIZE = 96;
const MAX_NODES = 40;

/**
 * A small picture of a view's graph for its card: nodes in the label colours on a circle grouped by
 * label, the links among them, the anchors of the view larger in the middle. It is a sketch that
 * tells views apart at a glance (a star, two hubs, a ring of countries), not a layout.
 */
export function ViewThumbnail({ nodes, edges, anchors }: { nodes: ThumbNode[]; edges: { source: string; target: string }[]; anchors: string[] }) {
  const centre = nodes.filter((node) => anchors.includes(node.id)).slice(0, 3);
  const ring = nodes
    .filter((node) => !anchors.includes(node.id))
    .sort((a, b) => primaryLabel(a.labels).localeCompare(primaryLabel(b.labels)) || a.id.localeCompare(b.id))
    .slice(0, MAX_NODES);
  const position = new Map<string, { x: number; y: number }>();
  centre.forEach((node, index) => {
    const angle = (2 * Math.PI * index) / Math.max(1, centre.length);
    const radius = centre.length > 1 ? 12 : 0;
    position.set(node.id, { x: SIZE / 2 + radius * Math.cos(angle), y: SIZE / 2 + radius * Math.sin(angle) });
  });
  ring.forEach((node, index) => {
    const angle = (2 * Math.PI * index) / Math.max(1, ring.length) - Math.PI / 2;
    position.set(node.id, { x: SIZE / 2 + 40 * Math.cos(angle), y: SIZE / 2 + 40 * Math.sin(angle) });
  });
  const colour = (node: ThumbNode) => (LABEL_STYLE[primaryLabel(node.labels)] ?? FALLBACK_STYLE).color;
  return (
    <svg className="view-thumb" width={SIZE} height={SIZE} viewBox={`0 0 ${SIZE} ${SIZE}`} aria-hidden="true">
      {edges.map((edge, index) => {
        const [a, b] = [position.get(edge.source), position.get(edge.target)];
        return a && b ? <line key={index} x1={a.x} y1={a.y} x2={b.x} y2={b.y} stroke="#9aa5b1" strokeWidth={0.6} /> : null;
      })}
      {ring.map((node) => (
        <circle key={node.id} cx={position.get(node.id)!.x} cy={position.get(node.id)!.y} r={3} fill={colour(node)} />
      ))}
      {centre.map((node) => (
        <circle key={node.id} cx={position.get(node.id)!.x} cy={position.get(node.id)!.y} r={7} fill={colour(node)} stroke="#fff" strokeWidth={1.5} />
      ))}
    </svg>
  );
}
