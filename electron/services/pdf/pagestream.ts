// Page content streams, written the cheap way. pdfkit turns every addContent() string into its own byte
// array, keeps them all until the document ends and then deflates every page on the main thread. Here the
// page being laid out writes its operators straight into one byte buffer (the typesetter's text through
// put/line, no intermediate strings); when the page closes, zlib deflates that buffer on the thread pool
// while the next pages are laid out. The body stream goes first in the
// page's /Contents array; whatever is drawn on the page later (running header, footer, contents page
// numbers) lands in pdfkit's own stream after it, so the page reads as body then chrome.

import { deflateOffThread } from './deflater.ts';

type Ref = { end(chunk?: Uint8Array): void };
type Page = { dictionary: { data: { Contents: unknown } }; content: unknown };
type Doc = PDFKit.PDFDocument & {
  page: Page;
  ref(data: object): Ref;
  addContent(data: string): PDFKit.PDFDocument;
};

// zlib's default level, as pdfkit uses: the work runs beside the layout, and on two cores level 6 costs no
// more wall time than level 4 while the file is about 5% smaller (measured with bench/pdf.ts's books).
const LEVEL = 6;

export class PageStreams {
  private readonly doc: Doc;
  /** Between addPage and close: collecting the new page's body (its page object is known at its first operator). */
  private open = false;
  private page: Page | null = null;
  /** The open page's body so far: bytes[0..len). A new buffer per page, since zlib reads it on another thread. */
  private bytes: Buffer = Buffer.allocUnsafeSlow(1 << 15);
  private len = 0;
  private readonly pending: { ref: Ref; data: Promise<Buffer> }[] = [];

  constructor(doc: PDFKit.PDFDocument) {
    this.doc = doc as Doc;
    const original = this.doc.addContent.bind(doc);
    this.doc.addContent = (data: string) => {
      if (this.open) {
        this.page ??= this.doc.page;
        if (this.doc.page === this.page) {
          this.line(data);
          return doc;
        }
      }
      return original(data);
    };
  }

  /** Whether what is drawn now goes into the body being collected (else it goes to pdfkit's own stream). */
  get collecting(): boolean {
    return this.open && (this.page === null || this.page === this.doc.page);
  }

  /** Append text (one byte a character, as pdfkit writes content) to the open page's body. */
  put(s: string): void {
    const n = s.length;
    if (this.len + n > this.bytes.length) this.grow(n);
    const b = this.bytes;
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
    this.open = true;
    this.page = null;
    add();
    this.page ??= this.doc.page;
  }

  /** End the open page's body: one buffer, deflated off the main thread. */
  close(): void {
    const page = this.page;
    if (!this.open || !page) return;
    this.open = false;
    this.page = null;
    // The buffer goes to the compression thread; the next page starts in a new one of about its size.
    const memory = this.bytes.buffer as ArrayBuffer;
    const length = this.len;
    this.bytes = Buffer.allocUnsafeSlow(Math.max(1 << 12, length + (length >> 2)));
    this.len = 0;
    const ref = this.doc.ref({ Filter: 'FlateDecode' });
    page.dictionary.data.Contents = [ref, page.content];
    const data = deflateOffThread(memory, length, LEVEL);
    // Errors surface in finish(); keep an early rejection from being reported as unhandled.
    data.catch(() => {});
    this.pending.push({ ref, data });
  }

  /** Write every page body into the document, in page order; call before doc.end(). */
  async finish(): Promise<void> {
    this.close();
    for (const { ref, data } of this.pending) ref.end(await data);
    this.pending.length = 0;
  }
}
