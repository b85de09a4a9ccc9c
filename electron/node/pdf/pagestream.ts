// Page content streams, written the cheap way. pdfkit turns every addContent() string into its own byte
// array, keeps them all until the document ends and then deflates every page on the main thread. Here the
// page being laid out writes its operators straight into one byte buffer (the typesetter's text through
// put/line, no intermediate strings); when the page closes, the buffer goes to the compression thread
// (deflater.ts) while the next pages are laid out. The body stream goes first in the page's /Contents
// array; what is drawn on the page later (contents page numbers, then the running header and footer) goes
// in pdfkit's own stream after it, so the page reads as body then chrome. While the chrome is drawn
// (beginChrome), that stream is collected the same way, page by page.

import { deflateOffThread, shareTheRest } from './deflater.ts';

/** pdfkit's PDFReference, as far as a content stream is concerned. */
type StreamRef = {
  end(chunk?: Uint8Array): void;
  buffer: Uint8Array[];
  data: { Length?: number; Filter?: string };
  compress: boolean;
};
type Page = { dictionary: { data: { Contents: unknown } }; content: StreamRef };
type Doc = PDFKit.PDFDocument & {
  page: Page;
  ref(data: object): StreamRef;
  addContent(data: string): PDFKit.PDFDocument;
};

// zlib's default level, as pdfkit uses: the work runs beside the layout, and on two cores level 6 costs no
// more wall time than level 4 while the file is about 5% smaller (measured with bench/pdf.ts's books).
const LEVEL = 6;

type Pending = { ref: StreamRef; data: Promise<Buffer>; chrome: boolean };

export class PageStreams {
  private readonly doc: Doc;
  /** What is being collected: nothing, a new page's body (between addPage and close), or the pages' chrome. */
  private mode: 'idle' | 'body' | 'chrome' = 'idle';
  /** The page being collected (a new page's is known at its first operator). */
  private page: Page | null = null;
  /** The stream so far: bytes[0..len). A new buffer per stream, since it moves to the compression thread. */
  private bytes: Buffer = Buffer.allocUnsafeSlow(1 << 15);
  private len = 0;
  private readonly pending: Pending[] = [];

  constructor(doc: PDFKit.PDFDocument) {
    this.doc = doc as Doc;
    const original = this.doc.addContent.bind(doc);
    this.doc.addContent = (data: string) => {
      if (!this.collects()) return original(data);
      this.line(data);
      return doc;
    };
  }

  /**
   * Whether what is drawn now goes into the stream being collected (else it goes to pdfkit's own stream).
   * While the chrome is drawn, a call on another page than the last also moves collection to that page.
   */
  collects(): boolean {
    const current = this.doc.page;
    if (this.mode === 'body') {
      this.page ??= current;
      return current === this.page;
    }
    if (this.mode === 'chrome') {
      if (current !== this.page) this.switchChrome(current);
      return true;
    }
    return false;
  }

  /** Append text (one byte a character, as pdfkit writes content) to the open page's body. */
  put(s: string): void {
    const n = s.length;
    if (this.len + n > this.bytes.length) this.grow(n);
    const b = this.bytes;
    // Long strings (a word's glyphs) are copied by Node; for a few characters a loop is cheaper than the call.
    if (n > 16) {
      this.len += b.write(s, this.len, 'latin1');
      return;
    }
    let at = this.len;
    for (let i = 0; i < n; i++) b[at++] = s.charCodeAt(i);
    this.len = at;
  }

  /** Append text and a newline: one operator. */
  line(s: string): void {
    this.put(s);
    if (this.len === this.bytes.length) this.grow(1);
    this.bytes[this.len++] = 10;
  }

  private grow(need: number): void {
    let size = this.bytes.length * 2;
    while (size < this.len + need) size *= 2;
    const bigger = Buffer.allocUnsafeSlow(size);
    this.bytes.copy(bigger, 0, 0, this.len);
    this.bytes = bigger;
  }

  /** Collect what is drawn on the page `add` creates, including pdfkit's own set-up of that page. */
  addPage(add: () => void): void {
    this.close();
    this.mode = 'body';
    this.page = null;
    add();
    this.page ??= this.doc.page;
  }

  /** End the open page's body: one buffer, deflated off the main thread. */
  close(): void {
    const page = this.page;
    if (this.mode !== 'body' || !page) return;
    this.mode = 'idle';
    this.page = null;
    const ref = this.doc.ref({ Filter: 'FlateDecode' });
    page.dictionary.data.Contents = [ref, page.content];
    this.send(ref, false);
  }

  /** From now until finish(), what is drawn on any page is collected into that page's own (second) stream. */
  beginChrome(): void {
    this.close();
    this.mode = 'chrome';
    this.page = null;
  }

  /** The chrome moves on to another page: send the last one's, and start with what its stream already holds. */
  private switchChrome(page: Page): void {
    this.endChrome();
    this.page = page;
    const ref = page.content;
    for (const chunk of ref.buffer) this.putBytes(chunk);
    ref.buffer = [];
  }

  private endChrome(): void {
    if (this.mode !== 'chrome' || !this.page) return;
    this.send(this.page.content, true);
    this.page = null;
  }

  /** The collected bytes go to the compression thread; the next stream starts in a new buffer of about their size. */
  private send(ref: StreamRef, chrome: boolean): void {
    const memory = this.bytes.buffer as ArrayBuffer;
    const length = this.len;
    this.bytes = Buffer.allocUnsafeSlow(Math.max(1 << 12, length + (length >> 2)));
    this.len = 0;
    const data = deflateOffThread(memory, length, LEVEL);
    // Errors surface in finish(); keep an early rejection from being reported as unhandled.
    data.catch(() => {});
    this.pending.push({ ref, data, chrome });
  }

  private putBytes(chunk: Uint8Array): void {
    if (this.len + chunk.length > this.bytes.length) this.grow(chunk.length);
    this.bytes.set(chunk, this.len);
    this.len += chunk.length;
  }

  /** Write every page's streams into the document, in page order; call before doc.end(). */
  async finish(): Promise<void> {
    this.close();
    this.endChrome();
    this.mode = 'idle';
    shareTheRest();
    for (const { ref, data, chrome } of this.pending) {
      const out = await data;
      if (!chrome) {
        ref.end(out);
        continue;
      }
      // pdfkit ends this stream itself, with its page: it is to write these bytes as they are.
      ref.compress = false;
      ref.buffer = [out];
      ref.data.Length = out.length;
      ref.data.Filter = 'FlateDecode';
    }
    this.pending.length = 0;
  }
}
