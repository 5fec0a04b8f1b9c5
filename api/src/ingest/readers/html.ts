import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { elementsOf } from './dom.js';
import type { ReaderOutput } from '../document.js';
import { UnreadableDocument } from '../errors.js';
import { decodeText } from './text.js';

type HtmlDocument = ReturnType<typeof parseHTML>['document'];
type ReadableDocument = ConstructorParameters<typeof Readability>[0];

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, th, dd, dt, figcaption';

function meta(document: HtmlDocument, ...selectors: string[]): string | null {
  for (const selector of selectors) {
    const element = document.querySelector(selector);
    const value = element?.getAttribute('content') ?? element?.getAttribute('href') ?? element?.getAttribute('datetime');
    if (value?.trim()) return value.trim();
  }
  return null;
}

/** The text blocks of an HTML fragment, innermost blocks only (a <li> holding a <p> counts once). */
function blocksOf(html: string): ReaderOutput['blocks'] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const elements = elementsOf(document.querySelectorAll(BLOCKS)).filter((element) => !element.querySelector(BLOCKS));
  const blocks = elements.map((element) => ({ text: element.textContent ?? '', page: null, heading: /^H[1-6]$/.test(element.tagName) }));
  // Text directly in a <div> without block children (some CMS pages) would otherwise be lost.
  return blocks.length > 0 ? blocks : [{ text: document.body.textContent ?? '', page: null, heading: false }];
}

/**
 * HTML: the main content as Firefox's Reader View extracts it (menus, footers, share buttons
 * removed), split into paragraphs and headings. Metadata from the page's meta tags.
 */
export function readHtml(bytes: Uint8Array): ReaderOutput {
  const source = decodeText(bytes);
  const { document } = parseHTML(source);
  const metadata = {
    title: meta(document, 'meta[property="og:title"]', 'meta[name="dc.title"]') ?? document.querySelector('title')?.textContent?.trim() ?? null,
    publisher: meta(document, 'meta[property="og:site_name"]', 'meta[name="publisher"]', 'meta[name="dc.publisher"]'),
    published: meta(document, 'meta[property="article:published_time"]', 'meta[name="date"]', 'meta[name="dc.date"]', 'time[datetime]'),
    url: meta(document, 'link[rel="canonical"]', 'meta[property="og:url"]'),
    language: document.documentElement?.getAttribute('lang') ?? null,
  };
  // Readability changes the document it reads, so it gets its own copy.
  const article = new Readability(parseHTML(source).document as unknown as ReadableDocument).parse();
  const blocks = article?.content ? blocksOf(article.content) : blocksOf(document.body?.innerHTML ?? '');
  const title = metadata.title ?? article?.title ?? null;
  if (!blocks.some((block) => block.text.trim())) throw new UnreadableDocument('html-empty', 'The HTML page has no readable text.');
  // Readability drops the page's <h1> when it equals the title; keep the title as the first heading.
  const first = blocks[0]?.text.trim();
  const withTitle = title && first !== title.trim() ? [{ text: title, page: null, heading: true }, ...blocks] : blocks;
  return { ...metadata, title, publisher: metadata.publisher ?? article?.siteName ?? null, blocks: withTitle };
}
