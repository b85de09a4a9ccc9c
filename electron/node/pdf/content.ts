// Where content-stream operators are written: the open page's byte buffer (pagestream.ts) or, for what is
// drawn through pdfkit later, a string. Text is one byte a character, as pdfkit writes content.

export interface ContentOut {
  /** Append text. */
  put(s: string): void;
  /** Append text and a newline: the end of an operator. */
  line(s: string): void;
}

/** Operators collected as one string, for pdfkit's addContent (which adds the final newline itself). */
export class StringOut implements ContentOut {
  private s = '';
  put(s: string): void {
    this.s += s;
  }
  line(s: string): void {
    this.s += `${s}\n`;
  }
  text(): string {
    return this.s.endsWith('\n') ? this.s.slice(0, -1) : this.s;
  }
}
