import type { StylesheetJson } from 'cytoscape';
import { LABEL_STYLE } from './palette';

/** Built once at module load: react-cytoscapejs re-applies the stylesheet on every new object. */
export const STYLESHEET: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(name)',
      'font-size': 9,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'ellipsis',
      'text-max-width': '110px',
      color: '#1a1a1a',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      'text-background-padding': '1px',
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
  {
    selector: 'edge',
    style: {
      width: 1,
      'line-color': '#9aa5b1',
      'target-arrow-color': '#9aa5b1',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.6,
      'curve-style': 'bezier',
      opacity: 0.7,
    },
  },
  { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#f0b400' } },
];
