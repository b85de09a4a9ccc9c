// Warming the export worker before the first export: pdfkit loaded, the fonts opened, and fontkit's
// shaping tables (GSUB/GPOS, read lazily on first use) parsed for the scripts a briefing book uses, so
// the first export of a session costs what later ones do. Nothing is written and no glyph is numbered.

import PDFDocument from 'pdfkit';
import { FONT_NAMES, fontSources, type OpenedFont, rememberFonts } from './fonts.ts';
import type { FontName } from './text.ts';

const LATIN = 'The quick brown fox jumps over the lazy dog, 0123456789 (“‘–—’”) ?!:; Phạm Bình Minh, Đà Nẵng, Nguyễn Quốc Vượng';
const HANGUL = '외교부 한국 서울 부산 관계 협력 장관 회담';

export function warmUp(): void {
  const doc = new PDFDocument({ autoFirstPage: false, fontLayoutCache: false } as PDFKit.PDFDocumentOptions);
  const fonts = fontSources();
  for (const name of FONT_NAMES) doc.registerFont(name, fonts.sources[name] as Buffer);
  const opened = {} as Record<FontName, OpenedFont>;
  for (const name of FONT_NAMES) {
    doc.font(name);
    const font = (doc as unknown as { _font: { font: OpenedFont } })._font.font;
    font.layout(name.startsWith('kr') ? `${HANGUL} ${LATIN}` : LATIN);
    opened[name] = font;
  }
  rememberFonts(fonts.key, opened);
}
