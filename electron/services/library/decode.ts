import { BriefbookError } from '../../api/errors.ts';

/**
 * Turns the bytes of a text file into a string, whatever encoding it arrived in: UTF-8 (with or
 * without a byte-order mark), UTF-16 with a mark, or, when the bytes are not valid UTF-8, the
 * legacy encodings desk officers meet most (EUC-KR from Korean systems, Windows-1252 elsewhere).
 */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  if (bytes.length === 0) throw new BriefbookError('IMPORT_EMPTY', `${fileName} is empty: there is nothing to import.`);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (looksBinary(bytes)) {
    throw new BriefbookError(
      'IMPORT_BINARY',
      `${fileName} is not a text file (it looks like a program, image or other binary file), so Briefbook cannot read it as a meeting record.`,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder(looksEucKr(bytes) ? 'euc-kr' : 'windows-1252').decode(bytes);
  }
}

/** NUL bytes or many control characters in the first 8 KB mean a binary file. */
function looksBinary(bytes: Uint8Array): boolean {
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
