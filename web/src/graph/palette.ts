/**
 * One colour and shape per label. Colours are dark enough for white text (WCAG AA, 4.5:1) and
 * distinct for the common colour-vision deficiencies (Okabe–Ito-derived).
 */
export const LABEL_STYLE: Record<string, { color: string; shape: string }> = {
  Actor: { color: '#0b5cad', shape: 'ellipse' },
  Instrument: { color: '#8a4b00', shape: 'round-rectangle' },
  Event: { color: '#007a5a', shape: 'diamond' },
  Country: { color: '#6b4c9a', shape: 'hexagon' },
  City: { color: '#5c6670', shape: 'triangle' },
  Person: { color: '#b0306a', shape: 'ellipse' },
  Programme: { color: '#9c2f00', shape: 'round-tag' },
  Topic: { color: '#3d6b00', shape: 'round-octagon' },
  Source: { color: '#333333', shape: 'rectangle' },
};

export const FALLBACK_STYLE = { color: '#555555', shape: 'ellipse' };

/** The first label we know (nodes carry exactly one domain label). */
export function primaryLabel(labels: string[]): string {
  return labels.find((label) => label in LABEL_STYLE) ?? labels[0] ?? 'Unknown';
}
