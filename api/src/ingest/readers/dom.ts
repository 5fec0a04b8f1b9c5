/** What the readers use of a DOM element (linkedom's), typed the same with or without the DOM lib. */
export interface BlockElement {
  tagName: string;
  textContent: string | null;
  querySelector(selectors: string): unknown;
}

/** A NodeList as an array of elements, whatever lib typings the compiler has. */
export function elementsOf(list: unknown): BlockElement[] {
  return Array.from(list as ArrayLike<BlockElement>);
}
