// The small markup a talking point is written in, shared with the editor: `**bold**`, `*italic*`, and
// lines starting with "- " as bullets. Anything that is not well-formed markup stays as written.

export type InlineStyle = { bold: boolean; italic: boolean };
export type Inline = { text: string } & InlineStyle;
export type Block = { kind: 'text' | 'bullet'; inlines: Inline[] };

const EMPHASIS = /\*\*(?=\S)([\s\S]+?)(?<=\S)\*\*|\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*/;

function inline(text: string, style: InlineStyle, out: Inline[]): void {
  let rest = text;
  while (rest.length > 0) {
    const m = EMPHASIS.exec(rest);
    if (!m) {
      out.push({ text: rest, ...style });
      return;
    }
    if (m.index > 0) out.push({ text: rest.slice(0, m.index), ...style });
    if (m[1] !== undefined) inline(m[1], { ...style, bold: true }, out);
    else inline(m[2] ?? '', { ...style, italic: true }, out);
    rest = rest.slice(m.index + m[0].length);
  }
}

/** Blocks of a point's text: runs of plain lines (kept as hard line breaks) and one block per bullet. */
export function parseMarkup(text: string): Block[] {
  const blocks: Block[] = [];
  let plain: string[] = [];
  const flushPlain = () => {
    if (plain.length === 0) return;
    const inlines: Inline[] = [];
    inline(plain.join('\n'), { bold: false, italic: false }, inlines);
    blocks.push({ kind: 'text', inlines });
    plain = [];
  };
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const bullet = /^\s*[-•]\s+(.*)$/.exec(line);
    if (bullet) {
      flushPlain();
      const inlines: Inline[] = [];
      inline(bullet[1] ?? '', { bold: false, italic: false }, inlines);
      blocks.push({ kind: 'bullet', inlines });
    } else if (line.trim() === '') {
      flushPlain();
    } else plain.push(line);
  }
  flushPlain();
  return blocks;
}

/** The text without markup, for bookmarks and metadata. */
export function plainText(text: string): string {
  return parseMarkup(text)
    .map((b) => (b.kind === 'bullet' ? '• ' : '') + b.inlines.map((i) => i.text).join(''))
    .join(' ');
}
