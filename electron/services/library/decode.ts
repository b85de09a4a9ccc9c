import { BriefbookError } from '../../api/errors.ts';

/**
 * Turns the bytes of a text file into a string, whatever encoding it arrived in: a byte-order mark
 * (UTF-8, UTF-16), a charset the file declares (an HTML <meta charset>), UTF-16 without a mark,
 * UTF-8, or, when the bytes are not valid UTF-8, the legacy encodings desk officers meet most
 * (EUC-KR from Korean systems, Windows-1252 elsewhere).
 */
export function decodeText(bytes: Uint8Array, fileName: string, declaredCharset: string | null = null): string {
  if (bytes.length === 0) throw new BriefbookError('IMPORT_EMPTY', `${fileName} is empty: there is nothing to import.`);
  const bom = bomEncoding(bytes);
  if (bom) return new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length));
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  if (looksBinary(bytes)) {
    throw new BriefbookError(
      'IMPORT_BINARY',
      `${fileName} is not a text file (it looks like a program, image or other binary file), so Briefbook cannot read it as a meeting record.`,
    );
  }
  const declared = declaredCharset ? decoderFor(declaredCharset) : null;
  // A page that says UTF-8 but is not (saved by an old editor) falls through to the guess below.
  if (declared && declared.encoding !== 'utf-8') return declared.decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder(looksEucKr(bytes) ? 'euc-kr' : 'windows-1252').decode(bytes);
  }
}

/** The encoding a byte-order mark announces, and the mark's length. */
export function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    return null; // a charset this runtime does not know: guess from the bytes instead
  }
}

/**
 * UTF-16 saved without a mark (Notepad's "Unicode" on some systems): Latin text then has a NUL in
 * every other byte, on one side only.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/** NUL bytes or many control characters in the first 8 KB mean a binary file. */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control > head.length * 0.05;
}

/** EUC-KR text is mostly pairs of bytes in 0xA1–0xFE; Windows-1252 text has isolated high bytes. */
function looksEucKr(bytes: Uint8Array): boolean {
  let pairs = 0;
  let singles = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b < 0x80) continue;
    const next = bytes[i + 1] ?? 0;
    if (b >= 0xa1 && b <= 0xfe && next >= 0xa1 && next <= 0xfe) {
      pairs++;
      i++;
    } else singles++;
  }
  return pairs > 0 && pairs >= singles * 4;
}
