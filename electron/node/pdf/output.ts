// The PDF's bytes, collected in memory and written to the file once. pdfkit writes the file as a stream of
// small pieces (three or more per object: a thousand-page book has tens of thousands of objects), turning
// each string into its own byte array and pushing it through a Node stream. Here consecutive strings are
// joined and converted in one go, and nothing goes through a stream.

import { writeFile } from 'node:fs/promises';

type Doc = PDFKit.PDFDocument & {
  _offset: number;
  _write(data: string | Uint8Array): void;
  _finalize(): void;
  read(): Buffer | null;
};

export class PdfOutput {
  private readonly chunks: Uint8Array[] = [];
  private strings: string[] = [];
  private finalized = false;

  /** Take over the document's output; what it wrote before (its header) is moved over first. */
  constructor(doc: PDFKit.PDFDocument) {
    const d = doc as Doc;
    for (let b = d.read(); b !== null; b = d.read()) this.chunks.push(b);
    d._write = (data) => {
      if (data instanceof Uint8Array) {
        this.flushStrings();
        this.chunks.push(data);
        d._offset += data.length;
      } else {
        // pdfkit's own rule: strings are binary (one byte a character) and end with a newline.
        const s = `${data}\n`;
        this.strings.push(s);
        d._offset += s.length;
      }
    };
    const finalize = d._finalize.bind(d);
    d._finalize = () => {
      finalize();
      this.finalized = true;
    };
  }

  private flushStrings(): void {
    if (this.strings.length === 0) return;
    this.chunks.push(Buffer.from(this.strings.join(''), 'latin1'));
    this.strings = [];
  }

  /** End the document and write the file; returns its size in bytes. */
  async end(doc: PDFKit.PDFDocument, filePath: string): Promise<number> {
    doc.end();
    // pdfkit finalises synchronously once every object is written, which finish() in pagestream.ts ensures.
    if (!this.finalized) throw new Error('the PDF was not finished (an object was still open)');
    this.flushStrings();
    const bytes = Buffer.concat(this.chunks);
    this.chunks.length = 0;
    await writeFile(filePath, bytes);
    return bytes.length;
  }
}
