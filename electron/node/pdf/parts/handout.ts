// The handout: one page the principal can hold, the key messages and nothing else. The text size
// steps down until the messages fit; if they cannot fit at a readable size, the export says so.

import { fail } from '../../../shared/errors.ts';
import type { TalkingPoint } from '../../../shared/types.ts';
import { COLOR, type Ctx, markPage, tagRows, text } from '../context.ts';
import { longDate, oneLine } from '../text.ts';
import type { Row } from '../types.ts';
import { baselineIn } from '../typeset.ts';
import { pointRows } from './points.ts';

export function drawHandout(ctx: Ctx, messages: { number: string; point: TalkingPoint }[]): void {
  const { ts, book, L, W, title } = ctx;
  if (messages.length === 0) {
    fail('BAD_INPUT', 'This book has no key messages to put on a handout. Mark points as key messages, or print the full book.');
  }
  ts.newPage();
  ctx.chapterByPage[0] = 'Key messages';
  markPage(ctx, book.classification);
  const sub = [book.meeting ? oneLine(book.meeting) : '', longDate(book.meetingDate) ?? '', book.place ? oneLine(book.place) : '']
    .filter(Boolean)
    .join(' · ');
  const head: Row[] = [];
  const kicker = text(ctx, 'KEY MESSAGES', 'bold', 9.5, COLOR.accent, W)[0];
  head.push({ h: 16, draw: (top) => kicker && ts.drawLineCentered(kicker, L + W / 2, baselineIn(top, 16, 9.5)) });
  for (const line of text(ctx, title, 'bold', 19, COLOR.ink, W)) {
    head.push({ h: 25, draw: (top) => ts.drawLineCentered(line, L + W / 2, baselineIn(top, 25, 19)) });
  }
  for (const line of sub ? text(ctx, sub, 'regular', 10, COLOR.muted, W) : []) {
    head.push({ h: 15, draw: (top) => ts.drawLineCentered(line, L + W / 2, baselineIn(top, 15, 10)) });
  }
  head.push({
    h: 22,
    draw: (top) =>
      void ctx.doc
        .save()
        .rect(L + W / 2 - 28, top + 10, 56, 2)
        .fill(COLOR.accent)
        .restore(),
  });
  const headH = head.reduce((s, r) => s + r.h, 0);
  const room = ts.contentHeight - headH;
  for (const size of [13, 12.5, 12, 11.5, 11, 10.5, 10, 9.5, 9]) {
    const gap = size * 0.9;
    const blocks = messages.map((m) =>
      pointRows(ctx, { ...m.point, citation: null, kind: 'key-message' }, m.number, null, { size, lh: size * 1.45 }),
    );
    const h = blocks.reduce((s, b) => s + b.reduce((t, r) => t + r.h, 0), 0) + gap * (blocks.length - 1);
    if (h > room) continue;
    ts.flow(tagRows(ctx, 'H1', head), { keepTogether: true });
    for (const [i, b] of blocks.entries()) {
      if (i > 0) ts.gap(gap);
      ts.flow(tagRows(ctx, 'P', b), { keepTogether: true });
    }
    return;
  }
  fail(
    'BAD_INPUT',
    `The ${messages.length} key messages do not fit on one page even in small print. Shorten them, or print the full book.`,
  );
}
