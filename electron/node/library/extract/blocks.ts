// A DOM (a saved page's article, or mammoth's HTML of a Word file) → plain-text paragraphs.
// Only text nodes are ever read: scripts, styles, SVG, forms' controls and every attribute
// (event handlers, javascript: links, image sources) are left behind, so no markup survives.

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'picture',
  'img',
  'head',
  'title',
  'meta',
  'link',
  'button',
  'select',
  'option',
  'input',
  'textarea',
  'map',
  'area',
  'dialog',
]);

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
  'caption',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Letters for <ol type="a"> items: a … z, aa … */
function letterOf(n: number, upper: boolean): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(97 + ((k - 1) % 26)) + s;
  return upper ? s.toUpperCase() : s;
}

/**
 * "1." for numbered lists, "(a)" for lettered ones, "•" for bullets; nothing when the item numbers
 * itself. `before` is how many <li> come before it in its list (counted by the walk, so a list of
 * 100,000 items is not counted again for each one).
 */
function listMarker(li: Element, before: number): string {
  const list = li.parentNode as Element | null;
  const tag = list?.nodeType === ELEMENT_NODE ? list.tagName.toLowerCase() : '';
  if (tag !== 'ol') return '•';
  let index = Number.parseInt(list?.getAttribute('start') ?? '1', 10);
  if (!Number.isFinite(index)) index = 1;
  index += before;
  const value = Number.parseInt(li.getAttribute('value') ?? '', 10);
  if (Number.isFinite(value)) index = value;
  const type = list?.getAttribute('type') ?? '1';
  if (type === 'a' || type === 'A') return `(${letterOf(index, type === 'A')})`;
  return `${index}.`;
}

/** Text that already starts with its own number or bullet ("1.", "(a)", "o ", "-") keeps it. */
const OWN_MARKER = /^\s*(?:\(?\d{1,2}(?:\.\d{1,2})*[.)]|\([a-z]\)|[a-z]\)|[o○ㅇ]\s|[-–•◦·▪*►])/;

export function htmlToParagraphs(root: Node): string[] {
  const out: string[] = [];
  let line = '';
  let pendingMarker = '';
  // Whether the line holds more than whitespace, kept as it grows (a row of 100,000 cells is not trimmed per cell).
  let lineHasText = false;
  const flush = () => {
    const text = line
      .replace(/[ \t\r\f\v\u00a0]+/g, ' ')
      .replace(/ *\n */g, '\n')
      .trim();
    if (text) out.push(pendingMarker && !OWN_MARKER.test(text) ? `${pendingMarker} ${text}` : text);
    line = '';
    lineHasText = false;
    pendingMarker = '';
  };
  // Walked with a stack of its own, not by recursion: a page nested 50,000 deep is as safe as a flat one.
  type Frame = { el: Node; pre: boolean; block: boolean; child: Node | null; items: number };
  const stack: Frame[] = [];
  /** Reads one node; an element whose children are to be read is pushed. */
  const visit = (node: Node, pre: boolean, itemsBefore: number): void => {
    if (node.nodeType === TEXT_NODE) {
      const data = node.nodeValue ?? '';
      line += pre ? data : data.replace(/\s+/g, ' ');
      if (!lineHasText && /\S/.test(data)) lineHasText = true;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (SKIP.has(tag) || el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') return;
    if (tag === 'br') {
      // One <br> is a line break inside a paragraph; the text parser treats a lone line as its own line.
      line += '\n';
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    if (tag === 'li') pendingMarker = listMarker(el, itemsBefore);
    if (tag === 'td' || tag === 'th') {
      if (lineHasText) line += ' | ';
    }
    stack.push({ el, pre: pre || tag === 'pre', block, child: el.firstChild, items: 0 });
  };
  visit(root, false, itemsBeforeOf(root));
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    const child = frame.child;
    if (!child) {
      stack.pop();
      if (frame.block) flush();
      continue;
    }
    frame.child = child.nextSibling;
    const isItem = child.nodeType === ELEMENT_NODE && (child as Element).tagName.toLowerCase() === 'li';
    visit(child, frame.pre, frame.items);
    if (isItem) frame.items++;
  }
  flush();
  // A <br>-separated block becomes one line per <br>; each line a paragraph of its own when it
  // is a list item, otherwise the lines stay together as the page showed them.
  return out.flatMap((p) => splitBrLines(p));
}

/** The <li> before a walk's own root, when the root is a list item. */
function itemsBeforeOf(node: Node): number {
  let n = 0;
  for (let sib = node.previousSibling; sib; sib = sib.previousSibling) {
    if (sib.nodeType === ELEMENT_NODE && (sib as Element).tagName.toLowerCase() === 'li') n++;
  }
  return n;
}

function splitBrLines(p: string): string[] {
  if (!p.includes('\n')) return [p];
  const lines = p
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.length ? [lines.join('\n')] : [];
}
