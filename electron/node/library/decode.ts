import { BriefbookError } from '../../shared/errors.ts';
import { decodeUtf32, type UnicodeForm, unicodeFormOf } from './unicode-forms.ts';

export { bomEncoding, type UnicodeForm, unicodeFormOf } from './unicode-forms.ts';

export type DecodedText = { text: string; warnings: string[] };

/**
 * Below this share of invalid sequences (against the valid multi-byte ones) a file is UTF-8 with a
 * few damaged bytes, each shown as U+FFFD where it stands; above it, the file was never UTF-8.
 */
const INVALID_SHARE_OF_LEGACY = 0.3;

/**
 * Turns the bytes of a text file into a string, whatever encoding it arrived in: a byte-order mark
 * (UTF-8, UTF-16, UTF-32), UTF-16 or UTF-32 without a mark (told by where the NUL bytes fall), a
 * charset the file declares (an HTML <meta charset>), UTF-8, or, when the bytes were never UTF-8,
 * the legacy encodings desk officers meet most (EUC-KR from Korean systems, Windows-1252 elsewhere).
 */
export function decodeText(bytes: Uint8Array, fileName: string, declaredCharset: string | null = null): string {
  return decodeTextWithWarnings(bytes, fileName, declaredCharset).text;
}

/** decodeText, with what the user should know about how the bytes were read. */
export function decodeTextWithWarnings(bytes: Uint8Array, fileName: string, declaredCharset: string | null = null): DecodedText {
  if (bytes.length === 0) throw new BriefbookError('IMPORT_EMPTY', `${fileName} is empty: there is nothing to import.`);
  const unicode = unicodeFormOf(bytes);
  if (unicode) return { text: decodeUnicode(bytes, unicode), warnings: [] };
  if (looksBinary(bytes)) {
    throw new BriefbookError(
      'IMPORT_BINARY',
      `${fileName} is not a text file (it looks like a program, image or other binary file), so Briefbook cannot read it as a meeting record.`,
    );
  }
  const declared = declaredCharset ? decoderFor(declaredCharset) : null;
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  const { invalid, multibyte } = utf8Damage(bytes, utf8);
  // A page saved again as UTF-8 often keeps its old declaration (<meta charset="gb2312">): text in a
  // legacy encoding is almost never valid UTF-8 once it has letters beyond ASCII, so valid UTF-8 wins.
  if (declared && declared.encoding !== 'utf-8' && !(invalid === 0 && multibyte > 0))
    return { text: declared.decode(bytes), warnings: [] };
  // A page that says UTF-8 but is not (saved by an old editor) falls through to the guess below.
  if (invalid === 0) return { text: utf8, warnings: [] };
  if (invalid < INVALID_SHARE_OF_LEGACY * (invalid + multibyte)) {
    return {
      text: utf8,
      warnings: [
        `${fileName} has ${invalid === 1 ? 'one damaged character' : `${invalid} damaged characters`} (bytes that are not valid UTF-8); each shows as “�” where it stood, and the rest of the text is intact.`,
      ],
    };
  }
  const legacy = looksEucKr(bytes) ? 'euc-kr' : 'windows-1252';
  return {
    text: new TextDecoder(legacy).decode(bytes),
    warnings: [
      `${fileName} is not in UTF-8; Briefbook read it as ${legacy === 'euc-kr' ? 'Korean (EUC-KR)' : 'Western European (Windows-1252)'} text. Check that its letters look right.`,
    ],
  };
}

function decodeUnicode(bytes: Uint8Array, form: UnicodeForm): string {
  const body = bytes.subarray(form.bomLength);
  if (form.encoding === 'utf-32le' || form.encoding === 'utf-32be') return decodeUtf32(body, form.encoding === 'utf-32le');
  return new TextDecoder(form.encoding, { ignoreBOM: true }).decode(body);
}

/**
 * How many invalid sequences the decoder replaced (its U+FFFD less those the file itself holds,
 * EF BF BD), and how many valid multi-byte characters there are.
 */
function utf8Damage(bytes: Uint8Array, decoded: string): { invalid: number; multibyte: number } {
  let replaced = 0;
  let multibyte = 0;
  for (let i = 0; i < decoded.length; i++) {
    const c = decoded.charCodeAt(i);
    if (c < 0x80) continue;
    if (c === 0xfffd) replaced++;
    else if (c < 0xdc00 || c > 0xdfff) multibyte++; // a surrogate pair counts once
  }
  let literal = 0;
  for (let i = bytes.indexOf(0xef); i >= 0 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) literal++;
  }
  return { invalid: replaced - literal, multibyte: multibyte + literal };
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    return null; // a charset this runtime does not know: guess from the bytes instead
  }
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
