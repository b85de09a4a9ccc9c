// Where the renderer's TTF files come from: the installed @expo-google-fonts packages, or, in the packaged
// app, the folder named by BRIEFBOOK_FONTS_DIR holding the same file names side by side.

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { FontName } from './text.ts';

const PACKAGE_FILES: Record<FontName, string> = {
  sans: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  'sans-bold': '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  'sans-italic': '@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf',
  'sans-bold-italic': '@expo-google-fonts/noto-sans/700Bold_Italic/NotoSans_700Bold_Italic.ttf',
  kr: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
  'kr-bold': '@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf',
};

export const FONT_NAMES = Object.keys(PACKAGE_FILES) as FontName[];

/** File names expected in BRIEFBOOK_FONTS_DIR (the packaged app copies them there). */
export const FONT_FILE_NAMES: readonly string[] = FONT_NAMES.map((n) => path.basename(PACKAGE_FILES[n]));

function resolveOne(name: FontName): string {
  const dir = process.env.BRIEFBOOK_FONTS_DIR;
  if (dir) {
    const file = path.join(dir, path.basename(PACKAGE_FILES[name]));
    if (existsSync(file)) return file;
    throw new Error(`Font file ${file} is missing (BRIEFBOOK_FONTS_DIR is set to ${dir}).`);
  }
  // import.meta.url is empty when bundled to CommonJS: resolve from the bundle's own file, else the working directory.
  const fromEsm = typeof import.meta.url === 'string' && import.meta.url ? import.meta.url : null;
  const fromCjs = typeof __filename === 'string' ? __filename : null;
  const base = fromEsm ?? fromCjs ?? path.join(process.cwd(), 'noop.js');
  return createRequire(base).resolve(PACKAGE_FILES[name]);
}

export function resolveFontFiles(): Record<FontName, string> {
  const out = {} as Record<FontName, string>;
  for (const name of FONT_NAMES) out[name] = resolveOne(name);
  return out;
}

let cache: { key: string; buffers: Record<FontName, Buffer> } | null = null;

/** The font files' bytes, read once per process (thread) and font folder. */
export function loadFontBuffers(): Record<FontName, Buffer> {
  const files = resolveFontFiles();
  const key = JSON.stringify(files);
  if (cache?.key === key) return cache.buffers;
  const buffers = {} as Record<FontName, Buffer>;
  for (const name of FONT_NAMES) buffers[name] = readFileSync(files[name]);
  cache = { key, buffers };
  return buffers;
}

/** A font as pdfkit opened it for a document: its fontkit font, which holds the parsed tables. */
export type OpenedFont = { layout(text: string): unknown };

let opened: { key: string; fonts: Record<FontName, OpenedFont> } | null = null;

/**
 * What a new document registers: the fontkit fonts opened for an earlier document in this thread when the
 * files are the same (so glyph tables are parsed once per session, not once per export), else the bytes.
 */
export function fontSources(): { key: string; sources: Record<FontName, Buffer | OpenedFont> } {
  const key = JSON.stringify(resolveFontFiles());
  if (opened?.key === key) return { key, sources: opened.fonts };
  return { key, sources: loadFontBuffers() };
}

/** Keep the fontkit fonts a document opened, for the next document (see fontSources). */
export function rememberFonts(key: string, fonts: Record<FontName, OpenedFont>): void {
  opened = { key, fonts };
}
