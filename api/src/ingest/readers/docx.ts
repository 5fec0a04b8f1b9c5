import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import { elementsOf } from './dom.js';
import type { ReaderOutput } from '../document.js';
import { UnreadableDocument } from '../errors.js';

/** dc:title, dc:creator and dcterms:created of docProps/core.xml, when the file has them. */
function coreProperties(bytes: Uint8Array): Pick<ReaderOutput, 'title' | 'publisher' | 'published' | 'language'> {
  let xml = '';
  try {
    const files = unzipSync(bytes, { filter: (file) => file.name === 'docProps/core.xml' });
    xml = files['docProps/core.xml'] ? strFromU8(files['docProps/core.xml']) : '';
  } catch {
    return {};
  }
  const tag = (name: string) => new RegExp(`<${name}[^>]*>([^<]*)</${name}>`).exec(xml)?.[1]?.trim() || null;
  return {
    title: tag('dc:title'),
    publisher: tag('dc:creator'),
    published: tag('dcterms:created')?.slice(0, 10) ?? null,
    language: tag('dc:language'),
  };
}

/** DOCX: paragraphs and headings through mammoth (Word styles → HTML), metadata from the core properties. */
export async function readDocx(bytes: Uint8Array): Promise<ReaderOutput> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch {
    throw new UnreadableDocument('docx-unreadable', 'The file is not a readable Word document (DOCX).');
  }
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = elementsOf(document.querySelectorAll('h1, h2, h3, h4, h5, h6, p, li, td'))
    .filter((element) => !element.querySelector('p, li'))
    .map((element) => ({ text: element.textContent ?? '', page: null, heading: /^H[1-6]$/.test(element.tagName) }));
  if (!blocks.some((block) => block.text.trim())) throw new UnreadableDocument('docx-empty', 'The Word document has no text.');
  return { blocks, ...coreProperties(bytes) };
}
