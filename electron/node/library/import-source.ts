// What an import reads: files and folders on disk, or bytes the browser sent. Reading never
// touches the library, so however slow a disk or a file is, no other writer waits for it.

import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { fail } from '../../shared/errors.ts';
import { megabytes } from '../../shared/limits.ts';
import { readFileBounded } from '../read-file.ts';
import { FORMAT_BY_EXTENSION, MAX_IMPORT_BYTES } from './extract/index.ts';

export { MAX_IMPORT_BYTES };
export const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.text']);
/** What a folder import picks up. */
export const IMPORT_EXTENSIONS = new Set(Object.keys(FORMAT_BY_EXTENSION));

/** A file to import: on disk, or bytes sent by the browser. `file` is what the user sees. */
export type ImportSource = { file: string; path: string } | { file: string; name: string; bytes: Uint8Array };

function sizeText(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 100 * 1024 * 1024 ? 1 : 0)} MB`;
}

export function tooLarge(name: string, size: number): never {
  fail(
    'IMPORT_TOO_LARGE',
    `${name} is ${size > MAX_IMPORT_BYTES + 1 ? sizeText(size) : `over ${megabytes(MAX_IMPORT_BYTES)}`}; Briefbook imports records of up to ${megabytes(MAX_IMPORT_BYTES)}. Split it, or import the part you need as text.`,
  );
}

/** The name the user knows the source by: the file's own name, without its folder. */
export function sourceName(source: ImportSource): string {
  return 'bytes' in source ? source.name : basename(source.path);
}

/** Read a file within the import limit, with the user's own spelling of it in every message. */
export function readSource(path: string): Uint8Array {
  const name = basename(path);
  const read = readFileBounded(path, MAX_IMPORT_BYTES);
  if (read.ok) return read.bytes;
  switch (read.problem) {
    case 'missing':
      return fail('IMPORT_UNREADABLE', `Briefbook cannot find or open ${path}.`);
    case 'not-a-file':
      return fail('IMPORT_UNREADABLE', `${name} is ${read.what}, not a file: there is nothing to import.`);
    case 'too-large':
      return tooLarge(name, read.size);
    case 'empty':
      return fail('IMPORT_EMPTY', `${name} is empty: there is nothing to import.`);
    default:
      return fail('IMPORT_UNREADABLE', `Briefbook cannot read ${name}: ${read.detail}`);
  }
}

/** The bytes of a source, checked against the size limit. */
export function sourceBytes(source: ImportSource): Uint8Array {
  if (!('bytes' in source)) return readSource(source.path);
  if (source.bytes.length > MAX_IMPORT_BYTES) tooLarge(source.name, source.bytes.length);
  return source.bytes;
}

/** Expands folders into the record files inside them (recursively), in name order. */
export function expandPaths(paths: readonly string[], extensions: ReadonlySet<string> = IMPORT_EXTENSIONS): string[] {
  const out: string[] = [];
  for (const p of paths) {
    const full = resolve(p);
    let isDir = false;
    try {
      isDir = statSync(full).isDirectory();
    } catch {
      // Missing paths are reported by the import with the user's own spelling.
    }
    if (!isDir) {
      out.push(full);
      continue;
    }
    const entries = readdirSync(full, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue; // hidden files, Word's lock files
      const child = join(full, entry.name);
      if (entry.isDirectory()) out.push(...expandPaths([child], extensions));
      else if (extensions.has(extname(entry.name).toLowerCase())) out.push(child);
    }
  }
  return out;
}

/** Paths (files and folders) as import sources. */
export function pathSources(paths: readonly string[]): ImportSource[] {
  return expandPaths(paths).map((path) => ({ file: path, path }));
}
