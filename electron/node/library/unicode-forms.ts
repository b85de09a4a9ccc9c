// Which Unicode form a text file is in, from its byte-order mark or, without one, from where its
// NUL bytes fall (Notepad's "Unicode" and some exports save UTF-16 or UTF-32 without a mark), and
// UTF-32 decoding, which TextDecoder does not offer.

export type UnicodeEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';
export type UnicodeForm = { encoding: UnicodeEncoding; bomLength: number };

/** The encoding a byte-order mark announces, and the mark's length. UTF-32 LE's mark starts like UTF-16 LE's. */
export function bomEncoding(bytes: Uint8Array): { encoding: UnicodeEncoding; length: number } | null {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return { encoding: 'utf-32le', length: 4 };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return { encoding: 'utf-32be', length: 4 };
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** A byte-order mark's form, or UTF-32 / UTF-16 told by their NUL bytes; null for anything else. */
export function unicodeFormOf(bytes: Uint8Array): UnicodeForm | null {
  const bom = bomEncoding(bytes);
  if (bom) return { encoding: bom.encoding, bomLength: bom.length };
  const wide = utf32WithoutBom(bytes) ?? utf16WithoutBom(bytes);
  return wide ? { encoding: wide, bomLength: 0 } : null;
}

/**
 * UTF-32 without a mark: every character is four bytes, the top one (the first in big-endian, the
 * last in little-endian) always NUL and the one beside it at most 0x10, the other two not both NUL.
 */
function utf32WithoutBom(bytes: Uint8Array): 'utf-32le' | 'utf-32be' | null {
  const n = Math.min(bytes.length, 4096) & ~3;
  if (n < 8 || bytes.length % 4 !== 0) return null;
  let le = 0;
  let be = 0;
  for (let i = 0; i < n; i += 4) {
    const [a, b, c, d] = [bytes[i] as number, bytes[i + 1] as number, bytes[i + 2] as number, bytes[i + 3] as number];
    if (d === 0 && c <= 0x10 && (a | b) !== 0) le++;
    if (a === 0 && b <= 0x10 && (c | d) !== 0) be++;
  }
  const chars = n / 4;
  if (le > chars * 0.9) return 'utf-32le';
  if (be > chars * 0.9) return 'utf-32be';
  return null;
}

/** UTF-16 without a mark: Latin text then has a NUL in every other byte, on one side only. */
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

/** UTF-32 → string; a value that is no character (a surrogate, past U+10FFFF, a cut-off end) becomes U+FFFD. */
export function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  const units = new Uint16Array(8192 * 2);
  let u = 0;
  const flush = () => {
    parts.push(String.fromCharCode.apply(null, units.subarray(0, u) as unknown as number[]));
    u = 0;
  };
  const whole = bytes.length & ~3;
  for (let i = 0; i < whole; i += 4) {
    let cp = view.getUint32(i, littleEndian);
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) cp = 0xfffd;
    if (cp > 0xffff) {
      cp -= 0x10000;
      units[u++] = 0xd800 + (cp >> 10);
      units[u++] = 0xdc00 + (cp & 0x3ff);
    } else units[u++] = cp;
    if (u >= units.length - 2) flush();
  }
  if (whole < bytes.length) units[u++] = 0xfffd;
  flush();
  return parts.join('');
}
