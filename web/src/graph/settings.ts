/** The layouts the canvas can run (the toolbar's menu, the deep link's `layout`). */
export type LayoutName = 'fcose' | 'concentric' | 'hierarchy' | 'circle' | 'grid' | 'time';
export const LAYOUTS: LayoutName[] = ['fcose', 'concentric', 'hierarchy', 'circle', 'grid', 'time'];

/** Cytoscape's canvas renderer, or its WebGL one for large pictures. */
export type Renderer = 'canvas' | 'webgl';
