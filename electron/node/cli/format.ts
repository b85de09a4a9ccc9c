import { numberedSections, pointNumber } from '../../shared/numbering.ts';
import type { Book, BookSummary, RecordDetail, RecordSummary, SearchHit } from '../../shared/types.ts';
import { printable } from '../rpc/printable.ts';

export function recordLine(r: RecordSummary): string {
  const date = r.meetingDate ?? r.publishedAt ?? 'undated   ';
  return `${r.id}  ${date}  ${printable(r.title)}  (${r.paragraphCount} paragraphs${r.publisher ? `, ${printable(r.publisher)}` : ''})`;
}

export function recordText(r: RecordDetail): string {
  const lines = [
    r.title,
    `  id:           ${r.id}`,
    `  publisher:    ${r.publisher ?? '—'}`,
    `  published:    ${r.publishedAt ?? '—'}`,
    `  meeting date: ${r.meetingDate ?? '—'}`,
    `  place:        ${r.place ?? '—'}`,
    `  language:     ${r.language}`,
  ];
  for (const note of r.dateNotes) lines.push(`  (${note.field} ${note.value}: ${note.from})`);
  if (r.participants.length) {
    lines.push('  participants:');
    for (const p of r.participants) lines.push(`    - ${[p.name ?? '(unnamed)', p.role, p.country].filter(Boolean).join(', ')}`);
  }
  lines.push('');
  for (const p of r.paragraphs) lines.push(`${p.label.padStart(5)}  ${p.text}`, `       [${p.id}]`);
  return lines.join('\n');
}

export function hitLine(h: SearchHit): string {
  const snippet = h.snippet.map((part) => (part.match ? `[${part.text}]` : part.text)).join('');
  return `${printable(h.recordTitle)}${h.publishedAt ? `, ${h.publishedAt}` : ''}, para ${h.label}  [${h.paragraphId}]\n    ${snippet}`;
}

export function bookLine(b: BookSummary): string {
  return `${b.id}  ${printable(b.title)}  (${b.pointCount} points, ${b.classification}, updated ${b.updatedAt.slice(0, 16).replace('T', ' ')})`;
}

export function bookText(b: Book): string {
  const lines = [`${b.title}  [${b.id}]  ${b.classification}`];
  const props: [string, string | null][] = [
    ['meeting', b.meeting],
    ['date', b.meetingDate],
    ['place', b.place],
    ['principal', b.principal],
    ['counterpart', b.counterpart],
    ['prepared by', b.preparedBy],
  ];
  for (const [k, v] of props) if (v) lines.push(`  ${k}: ${v}`);
  for (const { section: s, number: si } of numberedSections(b.sections)) {
    lines.push('', `${si}. ${s.title}  (${s.key ?? s.id})`);
    s.points.forEach((p, pi) => {
      lines.push(`  ${pointNumber(si, pi)}  ${p.text}  [${p.id}]`);
      if (p.citation) {
        lines.push(
          `        source: ${p.citation.recordTitle}${p.citation.publishedAt ? `, ${p.citation.publishedAt}` : ''}, para ${p.citation.label}`,
        );
      }
    });
  }
  return lines.join('\n');
}
