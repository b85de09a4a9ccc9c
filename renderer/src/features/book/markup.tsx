// The point markup the editor writes and the PDF renders: **bold**, *italic*, lines starting "- " as bullets.
import type { ReactNode } from 'react';

export type Edit = { text: string; selectionStart: number; selectionEnd: number };

/** Wraps the selection in a marker (** or *), or removes it when the selection is already wrapped. */
export function toggleWrap(text: string, start: number, end: number, marker: '**' | '*'): Edit {
  const before = text.slice(0, start);
  const selected = text.slice(start, end);
  const after = text.slice(end);
  const n = marker.length;
  // Already wrapped just outside the selection: unwrap. (For italic, "**" around is bold, not italic.)
  const wrappedOutside =
    before.endsWith(marker) && after.startsWith(marker) && !(marker === '*' && before.endsWith('**') && after.startsWith('**'));
  if (wrappedOutside) {
    return { text: before.slice(0, -n) + selected + after.slice(n), selectionStart: start - n, selectionEnd: end - n };
  }
  if (selected.length > 2 * n && selected.startsWith(marker) && selected.endsWith(marker)) {
    const inner = selected.slice(n, -n);
    return { text: before + inner + after, selectionStart: start, selectionEnd: start + inner.length };
  }
  return { text: `${before}${marker}${selected}${marker}${after}`, selectionStart: start + n, selectionEnd: end + n };
}

/** Makes every line the selection touches a bullet ("- "), or plain again when all already are. */
export function toggleBullets(text: string, start: number, end: number): Edit {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const lineEnd = nl === -1 ? text.length : nl;
  const lines = text.slice(lineStart, lineEnd).split('\n');
  const all = lines.every((l) => l.startsWith('- '));
  const changed = lines.map((l) => (all ? l.slice(2) : l.startsWith('- ') ? l : `- ${l}`)).join('\n');
  const newText = text.slice(0, lineStart) + changed + text.slice(lineEnd);
  return { text: newText, selectionStart: lineStart, selectionEnd: lineStart + changed.length };
}

/** Plain words of a point, without markup, for comparing with its source. */
export function plainText(text: string): string {
  return text
    .replace(/\*\*(.+?)\*\*/gs, '$1')
    .replace(/\*(.+?)\*/gs, '$1')
    .replace(/^- /gm, '')
    .replace(/^o\s+/gm, '')
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export type Drift = 'verbatim' | 'reworded' | 'drafted' | 'none';

/** How a point's wording stands against its source paragraph. */
export function drift(point: { text: string; drafted?: boolean; citation: { sourceText: string } | null }): Drift {
  if (!point.citation) return 'none';
  if (plainText(point.text) === plainText(point.citation.sourceText)) return 'verbatim';
  return point.drafted ? 'drafted' : 'reworded';
}

function inline(text: string, key: string): ReactNode[] {
  const out: ReactNode[] = [];
  const re = /\*\*(.+?)\*\*|\*(.+?)\*/g;
  let last = 0;
  let m: RegExpExecArray | null = re.exec(text);
  let i = 0;
  while (m) {
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push(m[1] !== undefined ? <strong key={`${key}-${i++}`}>{m[1]}</strong> : <em key={`${key}-${i++}`}>{m[2]}</em>);
    last = m.index + m[0].length;
    m = re.exec(text);
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** The markup as formatted text: paragraphs and bullet lists. */
export function Formatted({ text }: { text: string }) {
  const blocks: ReactNode[] = [];
  let bullets: string[] = [];
  const lines = text.split('\n');
  const flush = (key: number) => {
    if (bullets.length === 0) return;
    blocks.push(
      <ul key={`ul-${key}`}>
        {bullets.map((b, j) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines of one text, rendered once.
          <li key={j}>{inline(b, `b${key}-${j}`)}</li>
        ))}
      </ul>,
    );
    bullets = [];
  };
  lines.forEach((line, i) => {
    if (line.startsWith('- ')) bullets.push(line.slice(2));
    else {
      flush(i);
      // biome-ignore lint/suspicious/noArrayIndexKey: lines of one text, rendered once.
      if (line.trim()) blocks.push(<p key={`p-${i}`}>{inline(line, `p${i}`)}</p>);
    }
  });
  flush(lines.length);
  return <>{blocks}</>;
}
