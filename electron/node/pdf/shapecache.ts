// fontkit's shaping results kept on disk between sessions. The first words a session shapes in a font
// make fontkit read that font's substitution and positioning tables, which costs more than laying out a
// hundred pages; a session that finds the words (and the letter pairs the ASCII tables learn from) already
// shaped by an earlier one never needs those tables. A font's file is named by what identifies the font's
// contents (PostScript name, glyph count, the whole-file checksum in its head table), so a different
// font or version never reads another's results. It is a cache: unreadable or foreign files are ignored
// and rewritten. It lives in the per-user cache folder; BRIEFBOOK_SHAPING_CACHE names another folder, or
// turns it off ("off").

import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { resolveCacheDir } from '../paths.ts';

/** A glyph as fontkit shaped it, in font units: id, the characters it stands for, advance, offsets. */
export type RawGlyph = [id: number, codePoints: number[], xAdvance: number, xOffset: number, yOffset: number];

/** What identifies a fontkit font's contents. */
type FontIdentity = { postscriptName?: string; numGlyphs?: number; head?: { checkSumAdjustment?: number } };

// Bumped when what is stored, or how it is shaped, changes (3: each glyph with the text it was shaped from, precomposed letters kept whole).
const FORMAT = 3;
// Enough for the letter pairs and a few years of names; a file stays well under a megabyte.
const MAX_ENTRIES = 20_000;
// Only short texts are kept: letters, pairs and words, not whole lines.
const MAX_TEXT = 40;

type Store = { file: string | null; numGlyphs: number; known: Map<string, RawGlyph[]>; added: number };

const stores = new WeakMap<object, Store>();

function cacheDir(): string | null {
  const setting = process.env.BRIEFBOOK_SHAPING_CACHE;
  if (setting === 'off') return null;
  return setting || path.join(resolveCacheDir(), 'shaping');
}

function fileFor(font: FontIdentity): string | null {
  const dir = cacheDir();
  const name = font.postscriptName;
  const check = font.head?.checkSumAdjustment;
  if (!dir || !name || typeof check !== 'number' || typeof font.numGlyphs !== 'number') return null;
  const safe = name.replace(/[^A-Za-z0-9-]/g, '_');
  return path.join(dir, `${safe}-${font.numGlyphs}-${check.toString(16)}-v${FORMAT}.json`);
}

function isGlyph(g: unknown, numGlyphs: number): g is RawGlyph {
  return (
    Array.isArray(g) &&
    g.length === 5 &&
    Number.isInteger(g[0]) &&
    g[0] >= 0 &&
    g[0] < numGlyphs &&
    Array.isArray(g[1]) &&
    g[1].every((cp: unknown) => Number.isInteger(cp)) &&
    typeof g[2] === 'number' &&
    typeof g[3] === 'number' &&
    typeof g[4] === 'number'
  );
}

function load(file: string | null, numGlyphs: number): Map<string, RawGlyph[]> {
  const known = new Map<string, RawGlyph[]>();
  if (!file) return known;
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { format?: unknown; runs?: unknown };
    if (data.format !== FORMAT || typeof data.runs !== 'object' || data.runs === null) return known;
    for (const [text, run] of Object.entries(data.runs as Record<string, unknown>)) {
      if (Array.isArray(run) && run.every((g) => isGlyph(g, numGlyphs))) known.set(text, run as RawGlyph[]);
    }
  } catch {
    // Missing or unreadable: start afresh.
  }
  return known;
}

function storeFor(font: object): Store {
  let store = stores.get(font);
  if (!store) {
    const id = font as FontIdentity;
    const file = fileFor(id);
    const numGlyphs = id.numGlyphs ?? 0;
    store = { file, numGlyphs, known: load(file, numGlyphs), added: 0 };
    stores.set(font, store);
    opened.add(store);
  }
  return store;
}

// Every store opened in this thread, to save at the end of an export (a few: one per font file).
const opened = new Set<Store>();

/** A text's glyphs as an earlier session shaped them in this font, if it did. */
export function rememberedRun(font: object, text: string): RawGlyph[] | undefined {
  return storeFor(font).known.get(text);
}

/** Keep a text's glyphs as fontkit shaped them, for later sessions. */
export function rememberRun(font: object, text: string, run: RawGlyph[]): void {
  if (text.length > MAX_TEXT) return;
  const store = storeFor(font);
  if (!store.file || store.known.has(text)) return;
  if (store.known.size >= MAX_ENTRIES) {
    // The oldest half goes: the letters and pairs learnt first are learnt again at once if needed.
    const drop = [...store.known.keys()].slice(0, MAX_ENTRIES / 2);
    for (const key of drop) store.known.delete(key);
  }
  store.known.set(text, run);
  store.added += 1;
}

/** Write what this thread learnt since the last save; a failure (read-only disk, say) is not an error. */
export function saveShapingCache(): void {
  for (const store of opened) {
    if (!store.file || store.added === 0) continue;
    // Written beside and renamed, so a reader in another process never sees half a file.
    const temp = `${store.file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      mkdirSync(path.dirname(store.file), { recursive: true });
      writeFileSync(temp, JSON.stringify({ format: FORMAT, runs: Object.fromEntries(store.known) }));
      renameSync(temp, store.file);
      store.added = 0;
    } catch {
      // Only a cache.
      rmSync(temp, { force: true });
    }
  }
}
