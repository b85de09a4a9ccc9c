// A chapter that starts on a new page with a large heading (the notes, the annex): its running
// header, its link destination and whatever the caller marks at the heading's top.

import { COLOR, type Ctx, destination, enterChapter, tagRows, text } from '../context.ts';

export function chapterHeading(ctx: Ctx, title: string, destinationId: string, atTop: (top: number) => void = () => {}): void {
  const { ts, L, W } = ctx;
  ts.newPage();
  ts.flow(
    tagRows(
      ctx,
      'H1',
      ts.lineRows(text(ctx, title, 'bold', 18, COLOR.accent, W), L, 26, 18, (top, i) => {
        if (i !== 0) return;
        enterChapter(ctx, title, top);
        destination(ctx, destinationId, top);
        atTop(top);
      }),
    ),
  );
}
