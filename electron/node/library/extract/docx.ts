// A Word file → text. The ZIP's central directory is checked first (damaged, not a Word file,
// or declaring far more content than a record could hold: a zip bomb), then mammoth turns the
// document into HTML, which becomes text the same way a web page does, list numbering included.

import { parseHTML } from 'linkedom';
import { fail } from '../../../shared/errors.ts';
import {
  MAX_ZIP_ENTRY_RATIO,
  MAX_ZIP_RATIO,
  MAX_ZIP_UNPACKED_BYTES,
  ZIP_RATIO_CHECKED_FROM_BYTES,
} from '../../../shared/limits.ts';
import { htmlToParagraphs } from './blocks.ts';
import { cleanHint, type DocumentHints, type ExtractedDocument, primaryLanguage } from './types.ts';
import { readZipDirectory, readZipEntry, type ZipDirectory, ZipProblem } from './zip.ts';

/** No Word document holding a meeting record unpacks to more than this (the limits live in electron/shared/limits.ts). */
export const MAX_DOCX_UNPACKED = MAX_ZIP_UNPACKED_BYTES;

function sizeText(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(1)} GB`;
  if (n >= 1024 ** 2) return `${Math.round(n / 1024 ** 2)} MB`;
  return `${Math.max(1, Math.round(n / 1024))} KB`;
}

/** Checks the archive before anything is unpacked; returns its directory. */
export function checkWordArchive(bytes: Uint8Array, fileName: string): ZipDirectory {
  let dir: ZipDirectory;
  try {
    dir = readZipDirectory(bytes);
  } catch (error) {
    if (error instanceof ZipProblem && error.kind === 'damaged') {
      fail(
        'IMPORT_DAMAGED',
        `${fileName} is a damaged Word document: ${error.message}. Save it again from Word and import the new copy.`,
      );
    }
    fail(
      'IMPORT_DAMAGED',
      `${fileName} is not a Word document (.docx) Briefbook can read: the file is damaged or is another kind of file.`,
    );
  }
  if (!dir.entries.some((e) => e.name === 'word/document.xml')) {
    fail(
      'IMPORT_UNSUPPORTED',
      `${fileName} is a ZIP archive but not a Word document (it has no word/document.xml). Unpack it and import the records inside.`,
    );
  }
  const ratio = dir.totalUncompressed / Math.max(1, dir.totalCompressed);
  const bomb = dir.entries.some(
    (e) => e.uncompressedSize > MAX_DOCX_UNPACKED || e.uncompressedSize / Math.max(1, e.compressedSize) > MAX_ZIP_ENTRY_RATIO,
  );
  if (
    dir.totalUncompressed > MAX_DOCX_UNPACKED ||
    bomb ||
    (ratio > MAX_ZIP_RATIO && dir.totalUncompressed > ZIP_RATIO_CHECKED_FROM_BYTES)
  ) {
    fail(
      'IMPORT_UNSAFE',
      `${fileName} says it unpacks to ${sizeText(dir.totalUncompressed)} from a ${sizeText(bytes.length)} file, far more than any Word document holds. Briefbook did not open it, in case it is a “zip bomb” meant to fill the disk or memory.`,
    );
  }
  return dir;
}

/** Title and language from docProps/core.xml, when the author filled them in. */
function coreHints(bytes: Uint8Array, dir: ZipDirectory): DocumentHints {
  const entry = dir.entries.find((e) => e.name === 'docProps/core.xml');
  const xml = entry ? readZipEntry(bytes, entry) : null;
  if (!xml) return {};
  const text = new TextDecoder().decode(xml);
  const tag = (name: string) => {
    const m = new RegExp(`<${name}[^>]*>([^<]*)</${name}>`).exec(text)?.[1] ?? null;
    return (
      m
        ?.replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'") ?? null
    );
  };
  return {
    title: cleanHint(tag('dc:title')),
    language: primaryLanguage(tag('dc:language')),
  };
}

export async function extractDocx(bytes: Uint8Array, fileName: string): Promise<ExtractedDocument> {
  const dir = checkWordArchive(bytes, fileName);
  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        // Images would only become data: URLs that the text extraction throws away.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
    html = result.value;
  } catch (error) {
    fail(
      'IMPORT_DAMAGED',
      `${fileName} is a damaged Word document (${(error as Error).message.split('\n')[0]}). Save it again from Word and import the new copy.`,
    );
  }
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const paragraphs = htmlToParagraphs((document as unknown as Document).body);
  return {
    format: 'docx',
    text: paragraphs.join('\n\n'),
    hints: coreHints(bytes, dir),
  };
}
