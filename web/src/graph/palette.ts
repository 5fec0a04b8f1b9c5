/**
 * One colour and shape per label. Colours are dark enough for white text (WCAG AA, 4.5:1) and keep
 * 3:1 against the white canvas for the shapes themselves (WCAG 1.4.11); hues follow Okabe–Ito so
 * they stay distinct for the common colour-vision deficiencies. The shape repeats the information
 * for readers who cannot tell the colours apart. No round-* polygon shapes: cytoscape-svg cannot
 * draw them (the SVG export would lose those nodes).
 */
export const LABEL_STYLE: Record<string, { color: string; shape: string }> = {
  Actor: { color: '#0b5cad', shape: 'ellipse' },
  Instrument: { color: '#8a4b00', shape: 'round-rectangle' },
  Event: { color: '#007a5a', shape: 'diamond' },
  Country: { color: '#6b4c9a', shape: 'hexagon' },
  City: { color: '#5c6670', shape: 'triangle' },
  Person: { color: '#b0306a', shape: 'pentagon' },
  Programme: { color: '#9c2f00', shape: 'tag' },
  Topic: { color: '#3d6b00', shape: 'octagon' },
  Source: { color: '#333333', shape: 'vee' },
};

export const FALLBACK_STYLE = { color: '#555555', shape: 'ellipse' };

/**
 * Community colours for the cooperation network: a 10-colour qualitative set, each at least 3:1
 * against white; communities past the tenth reuse the palette (the legend still names them).
 */
export const COMMUNITY_COLORS = ['#0b5cad', '#b25e00', '#007a5a', '#b0306a', '#6b4c9a', '#8a6d00', '#00738a', '#9c2f00', '#3d6b00', '#4d4d4d'];

/** The community's colour (communities are small integers). */
export function communityColor(community: number): string {
  return COMMUNITY_COLORS[Math.abs(community) % COMMUNITY_COLORS.length] ?? FALLBACK_STYLE.color;
}

/** The first label we know (nodes carry exactly one domain label). */
export function primaryLabel(labels: string[]): string {
  return labels.find((label) => label in LABEL_STYLE) ?? labels[0] ?? 'Unknown';
}
