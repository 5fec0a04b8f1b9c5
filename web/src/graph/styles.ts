import type { StylesheetJson } from 'cytoscape';
import { LABEL_STYLE } from './palette';
import { COMPARE_COLOURS } from '../features/timeline/compareColours';
import { LABEL_BACKGROUND_PADDING_MODEL, TEXT_MARGIN_MODEL } from './readability/semanticZoom';

/** The comparison's colours, shared with the map (features/timeline/compareColours.ts). */
export { COMPARE_COLOURS };

const HIGHLIGHT = '#c2185b';
const SELECTED = '#f0b400';

/**
 * Built once at module load: react-cytoscapejs re-applies the stylesheet whenever it receives a new
 * object, so the canvas always gets this same constant. Everything that changes at run time is a
 * class or a data field, never a new stylesheet.
 */
export const STYLESHEET: StylesheetJson = [
  {
    selector: 'node',
    style: {
      // No label by default: useSemanticLabels picks which nodes show their caption (`labelled`).
      label: '',
      'text-valign': 'bottom',
      'text-margin-y': TEXT_MARGIN_MODEL,
      'text-wrap': 'wrap',
      'line-height': 1.25,
      color: '#1a1a1a',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': `${LABEL_BACKGROUND_PADDING_MODEL}px`,
      'text-background-shape': 'roundrectangle',
      'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      width: 18,
      height: 18,
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  ...Object.entries(LABEL_STYLE).map(([label, style]) => ({
    selector: `node[label = "${label}"]`,
    style: { 'background-color': style.color, shape: style.shape as never },
  })),
  // Size from the chosen metric (degree by default), colour from the community in the network.
  { selector: 'node[size]', style: { width: 'data(size)', height: 'data(size)' } },
  // Semantic zoom: caption already wrapped into at most two lines, font sized to stay 12 px on screen.
  {
    selector: 'node.labelled',
    // Above unlabelled nodes, so no dot hides part of a caption.
    style: {
      label: 'data(labelText)',
      'font-size': 'data(labelSize)',
      'text-max-width': 'data(labelWidth)',
      'min-zoomed-font-size': 0,
      'z-index': 5,
    },
  },
  { selector: 'node[color]', style: { 'background-color': 'data(color)' } },
  // Groups: a closed one is a card standing for its members; an open one a frame around them.
  {
    selector: 'node[group = "closed"]',
    style: { shape: 'round-rectangle', 'background-color': '#dfe7ef', 'border-width': 2, 'border-color': '#14324f' },
  },
  {
    selector: ':parent',
    style: {
      shape: 'round-rectangle',
      'background-color': '#eef3f8',
      'background-opacity': 0.55,
      'border-width': 1,
      'border-style': 'dashed',
      'border-color': '#14324f',
      label: 'data(caption)',
      'text-valign': 'top',
      'text-halign': 'center',
      'font-size': 14,
      'font-weight': 'bold',
      padding: '12px',
    },
  },
  { selector: 'edge[type = "GROUPED"]', style: { 'line-color': '#52606d', opacity: 0.6 } },
  {
    selector: 'edge',
    style: {
      width: 1,
      'line-color': '#9aa5b1',
      'target-arrow-color': '#9aa5b1',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.6,
      'curve-style': 'bezier',
      opacity: 0.75,
      'font-size': 8,
      color: '#1a1a1a',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': '1px',
      'text-rotation': 'autorotate',
    },
  },
  { selector: 'edge[width]', style: { width: 'data(width)', 'target-arrow-shape': 'none', 'line-color': '#7b8794' } },
  // Edge labels only on hover or when the edge is in focus: always-on labels turn into noise.
  {
    selector: 'edge.hovered, edge.focused',
    style: { label: 'data(typeLabel)', opacity: 1, 'line-color': '#334e68', 'target-arrow-color': '#334e68', 'z-index': 10 },
  },
  // The hovered node always shows its full name, even when zoomed out past the label threshold.
  {
    selector: 'node.hovered',
    style: { label: 'data(name)', 'font-size': 'data(hoverSize)', 'text-max-width': 'data(hoverWidth)', 'min-zoomed-font-size': 0, 'z-index': 20 },
  },
  { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.15 } },
  { selector: '.dimmed', style: { opacity: 0.12, 'text-opacity': 0 } },
  { selector: '.filtered', style: { display: 'none' } },
  { selector: 'node.pinned', style: { 'border-width': 3, 'border-style': 'double', 'border-color': '#111111' } },
  {
    selector: 'node.highlighted',
    style: { 'border-width': 4, 'border-color': HIGHLIGHT, 'z-index': 15 },
  },
  {
    selector: 'edge.highlighted',
    style: { width: 4, 'line-color': HIGHLIGHT, 'target-arrow-color': HIGHLIGHT, opacity: 1, label: 'data(typeLabel)', 'z-index': 15 },
  },
  { selector: '.time-same', style: { opacity: 0.3 } },
  { selector: 'node.time-added', style: { 'border-width': 4, 'border-color': COMPARE_COLOURS.added } },
  { selector: 'node.time-removed', style: { 'border-width': 4, 'border-style': 'dashed', 'border-color': COMPARE_COLOURS.removed, opacity: 0.75 } },
  { selector: 'edge.time-added', style: { width: 3, 'line-color': COMPARE_COLOURS.added, 'target-arrow-color': COMPARE_COLOURS.added, opacity: 1 } },
  {
    selector: 'edge.time-removed',
    style: { width: 3, 'line-style': 'dashed', 'line-color': COMPARE_COLOURS.removed, 'target-arrow-color': COMPARE_COLOURS.removed, opacity: 1 },
  },
  { selector: 'node.focused', style: { 'border-width': 4, 'border-color': '#111111' } },
  // While exporting: cytoscape-svg cannot draw label backgrounds (its canvas shim turns them into
  // boxes over the text), so they are switched off for the file; selection marks stay out too.
  { selector: '.exporting', style: { 'text-background-opacity': 0 } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': SELECTED, 'overlay-opacity': 0 } },
  { selector: 'edge:selected', style: { width: 3, 'line-color': SELECTED, 'target-arrow-color': SELECTED, opacity: 1 } },
];
