// Reads a ZIP archive's central directory without unpacking anything, so a Word file can be
// refused before mammoth inflates it: a damaged archive, or one whose entries claim to unpack
// to far more than any meeting record (a "zip bomb"), never reaches the decompressor.

import { inflateRawSync } from 'node:zlib';
import { MAX_ZIP_ENTRIES } from '../../../api/limits.ts';

export type ZipEntry = {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
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

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  if (!isZip(bytes) && !(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new ZipProblem('not-zip', 'not a ZIP archive');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record sits in the last 22 bytes plus an optional comment of up to 64 KB.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipProblem('damaged', 'the end of the archive is missing (the file is incomplete or truncated)');
  let count = view.getUint16(eocd + 10, true);
  let cdSize = view.getUint32(eocd + 12, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || view.getUint32(loc, true) !== ZIP64_LOCATOR)
      throw new ZipProblem('damaged', 'the archive directory is damaged');
    const z64 = Number(view.getBigUint64(loc + 8, true));
    if (z64 + 56 > bytes.length || view.getUint32(z64, true) !== ZIP64_EOCD)
      throw new ZipProblem('damaged', 'the archive directory is damaged');
    count = Number(view.getBigUint64(z64 + 32, true));
    cdSize = Number(view.getBigUint64(z64 + 40, true));
    cdOffset = Number(view.getBigUint64(z64 + 48, true));
  }
  if (cdOffset + cdSize > bytes.length)
    throw new ZipProblem('damaged', 'the archive directory points past the end of the file (it is truncated)');
  if (count > MAX_ZIP_ENTRIES) throw new ZipProblem('damaged', `the archive claims ${count} entries`);

  const entries: ZipEntry[] = [];
  let totalUncompressed = 0;
  let totalCompressed = 0;
  let p = cdOffset;
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL)
      throw new ZipProblem('damaged', 'the archive directory is damaged');
    const method = view.getUint16(p + 10, true);
    let compressedSize = view.getUint32(p + 20, true);
    let uncompressedSize = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    let localHeaderOffset = view.getUint32(p + 42, true);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    // ZIP64 sizes live in an extra field, in this order, only for the fields that overflowed.
    let e = p + 46 + nameLen;
    const extraEnd = e + extraLen;
    while (e + 4 <= extraEnd) {
      const id = view.getUint16(e, true);
      const size = view.getUint16(e + 2, true);
      if (id === 0x0001) {
        let q = e + 4;
        if (uncompressedSize === 0xffffffff && q + 8 <= e + 4 + size) {
          uncompressedSize = Number(view.getBigUint64(q, true));
          q += 8;
        }
        if (compressedSize === 0xffffffff && q + 8 <= e + 4 + size) {
          compressedSize = Number(view.getBigUint64(q, true));
          q += 8;
        }
        if (localHeaderOffset === 0xffffffff && q + 8 <= e + 4 + size) localHeaderOffset = Number(view.getBigUint64(q, true));
      }
      e += 4 + size;
    }
    if (localHeaderOffset + 30 > bytes.length)
      throw new ZipProblem('damaged', `the entry ${name} lies past the end of the file (it is truncated)`);
    entries.push({
      name,
      method,
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
    });
    totalUncompressed += uncompressedSize;
    totalCompressed += compressedSize;
    p = extraEnd + commentLen;
  }
  return { entries, totalUncompressed, totalCompressed };
}

/** One small entry's bytes (for docProps/core.xml), bounded so it can never balloon. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes = 1024 * 1024): Uint8Array | null {
  if (entry.uncompressedSize > maxBytes) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (view.getUint32(at, true) !== LOCAL) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  try {
    if (entry.method === 0) return data;
    if (entry.method === 8) return inflateRawSync(data, { maxOutputLength: maxBytes });
  } catch {
    return null;
  }
  return null;
}
