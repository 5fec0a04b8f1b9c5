import type { Core } from 'cytoscape';
import { PDFDocument, StandardFonts, rgb, type PDFFont } from 'pdf-lib';
import type { Lang } from '../../i18n/messages';
import { download } from '../export/download';
import { frameBox, showStep } from './stage';
import { plainText, stepText, storyTitle, type StoryDraft } from './storyModel';

/**
 * Handouts and slides of a story: a PDF with one page per step (the picture, then the title and
 * caption under it) and one PNG per step. Each step is drawn on the canvas in turn, framed like in
 * the presentation, and photographed by Cytoscape.
 */

/** Waits until the semantic labels match the picture (they are re-picked shortly after any move). */
async function labelsSettled(cy: Core): Promise<void> {
  const host = cy.container()?.closest('[data-testid=graph-canvas]');
  await new Promise((resolve) => requestAnimationFrame(resolve));
  for (let waited = 0; waited < 3000; waited += 50) {
    if (host?.getAttribute('data-labels-pending') === 'false') return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Draws each step in turn and hands its picture (PNG bytes) to `use`; the canvas ends on the first step. */
async function photographSteps(cy: Core, story: StoryDraft, keep: (index: number, png: Uint8Array) => Promise<void> | void): Promise<void> {
  for (let index = 0; index < story.steps.length; index += 1) {
    await showStep(cy, index, { animate: false, frame: (core, box) => frameBox(core, box, 0, false) });
    await labelsSettled(cy);
    const blob = await cy.png({ output: 'blob-promise', full: false, scale: 2, bg: '#ffffff' });
    await keep(index, new Uint8Array(await blob.arrayBuffer()));
  }
  if (story.steps.length > 0) await showStep(cy, 0, { animate: false });
}

/** A file name from the story's title ("who-monitors-cets-197"). */
export function fileStem(story: StoryDraft, lang: Lang): string {
  const slug = storyTitle(story, lang)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return slug || 'liaison-story';
}

/** The text with every character the standard PDF font cannot encode replaced (arrows, some quotes). */
function encodable(font: PDFFont, text: string): string {
  return [...text]
    .map((char) => {
      try {
        font.encodeText(char);
        return char;
      } catch {
        return char === '→' ? '->' : char === '←' ? '<-' : '?';
      }
    })
    .join('');
}

/** Splits `text` into lines no wider than `width` at `size`. */
function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(next, size) <= width || !line) line = next;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** A4 landscape, in points. */
const PAGE = { width: 842, height: 595, margin: 36 };
const CAPTION_SPACE = 150;

/** The story as a PDF: one landscape page per step, picture above, title and caption below. */
export async function exportStoryPdf(cy: Core, story: StoryDraft, lang: Lang): Promise<void> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(storyTitle(story, lang) || 'Liaison story');
  pdf.setCreator('Liaison');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  await photographSteps(cy, story, async (index, png) => {
    const step = story.steps[index]!;
    const page = pdf.addPage([PAGE.width, PAGE.height]);
    const image = await pdf.embedPng(png);
    const room = { width: PAGE.width - 2 * PAGE.margin, height: PAGE.height - 2 * PAGE.margin - CAPTION_SPACE };
    const scale = Math.min(room.width / image.width, room.height / image.height);
    const size = { width: image.width * scale, height: image.height * scale };
    const top = PAGE.height - PAGE.margin;
    page.drawImage(image, { x: (PAGE.width - size.width) / 2, y: top - size.height, ...size });
    let y = top - room.height - 24;
    const title = encodable(bold, `${index + 1}. ${stepText(step, 'title', lang)}`);
    page.drawText(title, { x: PAGE.margin, y, size: 15, font: bold, color: rgb(0.08, 0.2, 0.31) });
    y -= 20;
    const caption = encodable(regular, plainText(stepText(step, 'caption', lang)));
    for (const line of wrap(regular, caption, 11, PAGE.width - 2 * PAGE.margin).slice(0, 8)) {
      page.drawText(line, { x: PAGE.margin, y, size: 11, font: regular, color: rgb(0.1, 0.1, 0.1) });
      y -= 14;
    }
  });
  const bytes = await pdf.save();
  download(new Blob([bytes as BlobPart], { type: 'application/pdf' }), `${fileStem(story, lang)}.pdf`);
}

/** One PNG per step (`…-step-1.png`, …), framed like the presentation. */
export async function exportStoryPngs(cy: Core, story: StoryDraft, lang: Lang): Promise<void> {
  const stem = fileStem(story, lang);
  await photographSteps(cy, story, (index, png) => {
    download(new Blob([png as BlobPart], { type: 'image/png' }), `${stem}-step-${index + 1}.png`);
  });
}
