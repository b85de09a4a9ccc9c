// Text from outside (file names, paths, request addresses) printed in a terminal or a log: always one
// line, and the control characters visible as escapes, so "a⏎b.txt" reads as a\nb.txt and an escape
// sequence in a file name cannot move the cursor or recolour the terminal.

const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\0': '\\0' };

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters made visible
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

export function printable(text: string): string {
  return text.replace(CONTROL, (ch) => ESCAPES[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
