// Reads a ZIP archive's directory without unpacking anything, so a Word file can be refused before
// mammoth inflates it: a damaged archive, or one whose entries claim to unpack to far more than any
// meeting record (a "zip bomb"), never reaches the decompressor. The archive format itself is
// fflate's (ZIP64 included): its filter sees each entry's sizes before any byte is inflated.

import { type UnzipFileInfo, unzipSync } from 'fflate';
import { MAX_ZIP_ENTRIES } from '../../../shared/limits.ts';

export type ZipEntry = {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
};

export type ZipDirectory = {
  entries: ZipEntry[];
  totalUncompressed: number;
  totalCompressed: number;
};

/** Why an archive was refused; the caller words it for the user. */
export class ZipProblem extends Error {
  readonly kind: 'not-zip' | 'damaged';
  constructor(kind: 'not-zip' | 'damaged', message: string) {
    super(message);
    this.kind = kind;
  }
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** fflate's words for a broken archive ("invalid zip data"), as the reason a desk officer reads. */
function damaged(error: unknown): ZipProblem {
  if (error instanceof ZipProblem) return error;
  const why = error instanceof Error ? error.message : String(error);
  return new ZipProblem('damaged', `the archive cannot be read (${why}; the file is incomplete or damaged)`);
}

export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new ZipProblem('not-zip', 'not a ZIP archive');
  const entries: ZipEntry[] = [];
  const list = (f: UnzipFileInfo): boolean => {
    if (entries.length >= MAX_ZIP_ENTRIES)
      throw new ZipProblem('damaged', `the archive has more than ${MAX_ZIP_ENTRIES} entries`);
    entries.push({ name: f.name, method: f.compression, compressedSize: f.size, uncompressedSize: f.originalSize });
    return false; // list only: nothing is inflated
  };
  try {
    unzipSync(bytes, { filter: list });
  } catch (error) {
    throw damaged(error);
  }
  let totalUncompressed = 0;
  let totalCompressed = 0;
  for (const e of entries) {
    totalUncompressed += e.uncompressedSize;
    totalCompressed += e.compressedSize;
  }
  return { entries, totalUncompressed, totalCompressed };
}

/**
 * One small entry's bytes (for docProps/core.xml), bounded so it can never balloon: an entry that
 * says it is larger is not read, and fflate inflates into a buffer of the size the entry states.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes = 1024 * 1024): Uint8Array | null {
  if (entry.uncompressedSize > maxBytes) return null;
  try {
    const data = unzipSync(bytes, { filter: (f) => f.name === entry.name && f.originalSize <= maxBytes })[entry.name];
    return data && data.length <= maxBytes ? data : null;
  } catch {
    return null;
  }
}
