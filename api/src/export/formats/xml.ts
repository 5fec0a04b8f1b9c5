import { XMLBuilder } from 'fast-xml-parser';
import type { ExportSink } from '../sink.js';

/** What the builder writes for characters XML text and attribute values cannot hold as they are. */
const REFERENCES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A parser folds raw line breaks and tabs into spaces inside attribute values (GEXF keeps values there).
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
};

/**
 * The XML writer shared by GraphML and GEXF: fast-xml-parser's builder, with the escaping XML
 * needs beyond its defaults, in one pass per value (the builder applies each entity rule with
 * String.replace, so a rule may map characters with a function). Control characters that XML 1.0
 * cannot carry at all become U+FFFD.
 */
export function xmlBuilder(): XMLBuilder {
  return new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    format: false,
    suppressEmptyNode: false,
    suppressBooleanAttributes: false,
    jPath: false,
    processEntities: true,
    entities: [
      {
        // eslint-disable-next-line no-control-regex
        regex: /[&<>"'\n\r\t\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g,
        val: (char: string) => REFERENCES[char] ?? '\uFFFD',
      },
    ],
  } as unknown as ConstructorParameters<typeof XMLBuilder>[0]);
}

/** Marks where streamed elements go inside a document built around them. */
const SLOT = (index: number) => `LIAISONSLOT${index}X`;

/**
 * Builds a document skeleton whose listed elements hold a slot marker, and returns the text
 * between the markers: the writer emits part 0, then the elements of slot 0, part 1, and so on.
 */
export function skeleton(builder: XMLBuilder, document: (slot: (index: number) => string) => unknown): string[] {
  const text: string = builder.build(document(SLOT));
  const parts: string[] = [];
  let rest = text;
  for (let index = 0; rest.includes(SLOT(index)); index++) {
    const at = rest.indexOf(SLOT(index));
    parts.push(rest.slice(0, at));
    rest = rest.slice(at + SLOT(index).length);
  }
  parts.push(rest);
  return parts;
}

/**
 * Collects elements of one tag and builds them in one call (the builder's per-call cost is
 * high), writing each batch to the sink and waiting for it to drain.
 */
export class ElementBatch {
  private items: unknown[] = [];
  private tag = '';

  constructor(
    private readonly builder: XMLBuilder,
    private readonly sink: ExportSink,
    private readonly size = 256,
  ) {}

  async add(tag: string, element: unknown): Promise<void> {
    if (tag !== this.tag) this.flush();
    this.tag = tag;
    this.items.push(element);
    if (this.items.length >= this.size) {
      this.flush();
      await this.sink.ready();
    }
  }

  /** Writes what is pending (call before writing anything else to the sink). */
  flush(): void {
    if (this.items.length === 0) return;
    this.sink.write(`${this.builder.build({ [this.tag]: this.items })}\n`);
    this.items = [];
  }
}
