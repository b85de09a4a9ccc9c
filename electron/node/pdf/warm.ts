// Warming the export worker before the first export: pdfkit loaded, the fonts opened, the compression
// thread started, and a small sample book (sample.ts) laid out and thrown away, so the layout code is
// compiled, fontkit's shaping tables (read lazily on first use) are parsed, and the glyphs and letter pairs
// every book uses are shaped. The first export of a session then costs about what later ones do.

import { devNull } from 'node:os';
import PDFDocument from 'pdfkit';
import { startDeflater } from './deflater.ts';
import { FONT_NAMES, fontSources, rememberFonts } from './fonts.ts';
import { writeBookPdf } from './render.ts';
import { sampleBook } from './sample.ts';
import { Shaper } from './shaping.ts';

const HANGUL = '외교부 한국 서울 부산 관계 협력 장관 회담';
// Pairs of these are in almost every word of an English book; learnt ahead in the body and heading fonts.
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.,';

export async function warmUp(): Promise<void> {
  startDeflater();
  // The fonts, opened once for the session; the Korean fonts' shaping tables read; letter pairs learnt.
  const doc = new PDFDocument({ autoFirstPage: false, fontLayoutCache: false } as PDFKit.PDFDocumentOptions);
  const fonts = fontSources();
  for (const name of FONT_NAMES) doc.registerFont(name, fonts.sources[name] as Buffer);
  const shaper = new Shaper(doc, FONT_NAMES);
  rememberFonts(fonts.key, shaper.fontkitFonts());
  shaper.font('kr').font.layout(HANGUL);
  shaper.font('kr-bold').font.layout(HANGUL);
  shaper.learnPairs('sans', LETTERS);
  shaper.learnPairs('sans-bold', LETTERS);
  // Laying out the sample also saves what was shaped for later sessions (render.ts).
  await writeBookPdf(sampleBook(), devNull);
}
