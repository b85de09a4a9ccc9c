// Bounds a web page before any parser sees it. The HTML parser keeps its open elements in an array
// it shifts and unshifts, so each tag costs as much as the nesting is deep, and the article finder
// walks every element's subtree: 50,000 nested <div>s would take minutes. One linear scan of the
// tags counts the nesting the way the parser will; elements deeper than MAX_HTML_DEPTH lose their
// tags (their text stays, in place), and a page with more elements than any real page is refused.
// A real page (nested 10–60 deep) comes back as the very same string.

import { MAX_HTML_DEPTH, MAX_HTML_ELEMENTS } from '../../../shared/limits.ts';

export type BoundedHtml =
  | { ok: true; html: string; flattened: number }
  | { ok: false; problem: 'too-many-elements'; elements: number };

const VOID = new Set(
  'area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr'.split(' '),
);
/** Elements whose content is text, not tags, up to their own end tag. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);
/** Inside these, a "/>" closes the element (as the parser does in SVG and MathML). */
const FOREIGN = new Set(['svg', 'math']);

// Opening one of these closes the open elements named after it, as the HTML parser does.
const P = new Set(['p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
  ['rt', new Set(['rt', 'rp'])],
  ['rp', new Set(['rt', 'rp'])],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t): [string, Set<string>] => [t, FORM]),
  ...'p h1 h2 h3 h4 h5 h6 address article aside blockquote details div dl fieldset figcaption figure footer form header hr main nav ol pre section table ul'
    .split(' ')
    .map((t): [string, Set<string>] => [t, P]),
]);

// A comment (to its end, or to the end of the file), or a tag. "[^<>]*" keeps the scan linear: a
// "<" that starts no tag is passed over once.
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][^\s/<>]*)([^<>]*)>/g;

export function boundHtml(html: string, maxDepth = MAX_HTML_DEPTH, maxElements = MAX_HTML_ELEMENTS): BoundedHtml {
  const stack: string[] = [];
  const open = new Map<string, number>(); // how many of each name are on the stack
  let foreign = 0;
  let elements = 0;
  let dropped = 0; // opened beyond the limit and not yet closed
  let flattened = 0;
  const cuts: [number, number][] = [];
  const pop = () => {
    const name = stack.pop() as string;
    open.set(name, (open.get(name) ?? 1) - 1);
    if (FOREIGN.has(name)) foreign--;
  };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    if (m[2] === undefined) continue; // a comment
    const name = m[2].toLowerCase();
    const closing = m[1] === '/';
    if (closing) {
      if (dropped > 0 && !VOID.has(name)) {
        dropped--;
        cuts.push([m.index, TOKEN.lastIndex]);
      } else if ((open.get(name) ?? 0) > 0) {
        while (stack.length > 0 && stack[stack.length - 1] !== name) pop();
        pop();
      }
      continue;
    }
    elements++;
    if (elements > maxElements) return { ok: false, problem: 'too-many-elements', elements };
    if (RAW_TEXT.has(name)) {
      // Its text is not markup: go on after its end tag.
      const end = indexOfEndTag(html, name, TOKEN.lastIndex);
      TOKEN.lastIndex = end < 0 ? html.length : end;
      continue;
    }
    const selfClosing = (m[3] ?? '').endsWith('/') && foreign > 0;
    if (VOID.has(name) || selfClosing) continue;
    const implied = IMPLIES_CLOSE.get(name);
    if (implied) while (stack.length > 0 && implied.has(stack[stack.length - 1] as string)) pop();
    if (stack.length >= maxDepth || dropped > 0) {
      dropped++;
      flattened++;
      cuts.push([m.index, TOKEN.lastIndex]);
      continue;
    }
    stack.push(name);
    open.set(name, (open.get(name) ?? 0) + 1);
    if (FOREIGN.has(name)) foreign++;
  }
  if (cuts.length === 0) return { ok: true, html, flattened: 0 };
  // The text between the tags stays; each tag taken out becomes a space, so words stay apart.
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of cuts) {
    parts.push(html.slice(at, start), ' ');
    at = end;
  }
  parts.push(html.slice(at));
  return { ok: true, html: parts.join(''), flattened };
}

/** Where the end tag of a raw-text element ends ("</script>"), case-insensitively; -1 when it never comes. */
function indexOfEndTag(html: string, name: string, from: number): number {
  const re = new RegExp(`</${name}\\s*>`, 'gi');
  re.lastIndex = from;
  const m = re.exec(html);
  return m ? m.index + m[0].length : -1;
}
