// Every kind of meeting record file → plain text and hints, for the one text parser.
// The content decides the format, not the extension: a ".pdf" that is really a saved web page is
// read as a web page; a file that is none of the supported kinds gets a message saying what it is.

import { fail } from '../../../shared/errors.ts';
import { decodeTextWithWarnings, looksBinary, unicodeFormOf } from '../decode.ts';
import { decodeUtf32 } from '../unicode-forms.ts';
import { extractDocx } from './docx.ts';
import { extractHtml } from './html.ts';
import { boundRecordText, requireReadableText } from './long-text.ts';
import { markdownToText } from './markdown.ts';
import { extractPdf } from './pdf.ts';
import type { DocumentFormat, ExtractedDocument } from './types.ts';
import { isZip } from './zip.ts';

export type {
  DocumentFormat,
  DocumentHints,
  ExtractedDocument,
} from './types.ts';
export { MAX_IMPORT_BYTES } from './types.ts';

/** The extensions Briefbook imports, and what each promises. */
export const FORMAT_BY_EXTENSION: Record<string, DocumentFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.pdf': 'pdf',
  '.docx': 'docx',
};

export const SUPPORTED_FORMATS = 'text (.txt, .md), web pages (.html), PDF with text (.pdf) and Word (.docx)';

function extensionOf(fileName: string): string {
  const m = /\.[^./\\]+$/.exec(fileName);
  return m ? m[0].toLowerCase() : '';
}

const startsWith = (bytes: Uint8Array, ...sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** What the bytes are, whatever the name says. */
export function sniffFormat(bytes: Uint8Array, fileName: string): DocumentFormat | { other: string } {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (isZip(bytes) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06)) return 'docx';
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return { other: 'an old-style Word 97–2003 document (.doc)' };
  if (head.startsWith('{\\rtf')) return { other: 'a Rich Text (.rtf) document' };
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47) || startsWith(bytes, 0xff, 0xd8, 0xff) || head.startsWith('GIF8')) {
    return { other: 'a picture' };
  }
  const unicode = unicodeFormOf(bytes);
  if (!unicode && looksBinary(bytes) && !/\0[\x20-\x7e]\0[\x20-\x7e]|[\x20-\x7e]\0[\x20-\x7e]\0/.test(head))
    return { other: 'a binary file' };
  const ext = extensionOf(fileName);
  // Decoded loosely just to look: the real decoding (with the page's charset) happens in the extractor.
  const peek = unicode ? peekUnicode(bytes.subarray(unicode.bomLength, 4096), unicode.encoding) : head;
  const text = peek.replace(/\0/g, '').trimStart().slice(0, 1024).toLowerCase();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype html|html|head|body|meta|title)\b/.test(text)) return 'html';
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  // A .pdf or .docx whose content is text: read it as the text it is.
  return /<(p|div|br|table|article)\b[^>]*>/.test(text) && /<\/(p|div|table|article)>/.test(text) ? 'html' : 'text';
}

function peekUnicode(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'utf-32le' || encoding === 'utf-32be') return decodeUtf32(bytes, encoding === 'utf-32le');
  return new TextDecoder(encoding).decode(bytes);
}

/**
 * The file's text and what it says about itself, with no line longer than a paragraph may be.
 * Throws BriefbookError with a message for the user.
 */
export async function extractDocument(bytes: Uint8Array, fileName: string): Promise<ExtractedDocument> {
  const doc = await extractByFormat(bytes, fileName);
  requireReadableText(doc.text, fileName);
  return { ...doc, text: boundRecordText(doc.text, fileName) };
}

async function extractByFormat(bytes: Uint8Array, fileName: string): Promise<ExtractedDocument> {
  if (bytes.length === 0) fail('IMPORT_EMPTY', `${fileName} is empty: there is nothing to import.`);
  const ext = extensionOf(fileName);
  const sniffed = sniffFormat(bytes, fileName);
  if (typeof sniffed !== 'string') {
    const code = sniffed.other === 'a binary file' || sniffed.other === 'a picture' ? 'IMPORT_BINARY' : 'IMPORT_UNSUPPORTED';
    const promised = FORMAT_BY_EXTENSION[ext];
    fail(
      code,
      promised
        ? `${fileName} is named like a ${ext} file but is ${sniffed.other}, so Briefbook cannot read it as a meeting record. It imports ${SUPPORTED_FORMATS}.`
        : `${fileName} is ${sniffed.other}, not a meeting record Briefbook can read. It imports ${SUPPORTED_FORMATS}.`,
    );
  }
  switch (sniffed) {
    case 'pdf':
      return extractPdf(bytes, fileName);
    case 'docx':
      return extractDocx(bytes, fileName);
    case 'html':
      return extractHtml(bytes, fileName);
    case 'markdown': {
      const decoded = decodeTextWithWarnings(bytes, fileName);
      const { text, hints } = markdownToText(decoded.text);
      return withWarnings({ format: 'markdown', text, hints }, decoded.warnings);
    }
    default: {
      const decoded = decodeTextWithWarnings(bytes, fileName);
      return withWarnings({ format: 'text', text: decoded.text, hints: {} }, decoded.warnings);
    }
  }
}

function withWarnings(doc: ExtractedDocument, warnings: string[]): ExtractedDocument {
  return warnings.length ? { ...doc, warnings } : doc;
}
