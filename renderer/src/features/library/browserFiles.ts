// Browser File objects → what the import job needs: name, size, and base64 read on demand.
import type { BrowserFile } from '../../store/importJob.ts';

/** The extensions a folder or a drop is filtered to (a file chosen by hand is always tried). */
export const RECORD_EXTENSIONS = ['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml', '.pdf', '.docx'];
export const ACCEPT = RECORD_EXTENSIONS.join(',');

export function isRecordFile(name: string): boolean {
  const lower = name.toLowerCase();
  return RECORD_EXTENSIONS.some((ext) => lower.endsWith(ext)) && !lower.split('/').pop()?.startsWith('.');
}

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

export function toBrowserFiles(files: Iterable<File>, opts: { onlyRecords?: boolean } = {}): BrowserFile[] {
  return Array.from(files)
    .filter((f) => !opts.onlyRecords || isRecordFile(f.webkitRelativePath || f.name))
    .map((f) => ({
      name: f.name,
      size: f.size,
      readBase64: () => readBase64(f),
    }));
}
