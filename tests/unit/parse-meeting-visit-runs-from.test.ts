// A desk officer imports a preview that opens on the days a visit runs ("总理自5月3日起对法国进行为期四天的
// 正式访问", "Chuyến thăm bắt đầu từ ngày 12"), then tells its meetings as still to come ("将会见", "sẽ hội
// kiến"): the record reports no meeting, so nobody is listed. Told the same way, then with the talks held,
// it reports one.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { reportsMeeting } from '../../electron/node/library/parse/participants/meeting.ts';

describe('a visit told by the day it starts, its meetings still ahead: no meeting', () => {
  const PREVIEWS: string[][] = [
    ['总理自5月3日起对法国进行为期四天的正式访问。', '访问期间，法国总统将会见总理，双方将就双边关系交换意见。'],
    ['Chuyến thăm bắt đầu từ ngày 12 đến 15/3.', 'Trong chuyến thăm, Thủ tướng sẽ hội kiến Chủ tịch Quốc hội và các lãnh đạo.'],
  ];
  for (const paragraphs of PREVIEWS)
    test((paragraphs[0] as string).slice(0, 30), () => {
      assert.equal(reportsMeeting(paragraphs), false);
    });
});

describe('the same opening, then the talks held: a meeting', () => {
  const REPORTS: string[][] = [
    ['总理自5月3日起对法国进行为期四天的正式访问。', '4日，法国总统在爱丽舍宫会见了总理。'],
    ['Chuyến thăm bắt đầu từ ngày 12 đến 15/3.', 'Chiều 12/3, Thủ tướng đã hội kiến Chủ tịch Quốc hội.'],
  ];
  for (const paragraphs of REPORTS)
    test((paragraphs[0] as string).slice(0, 30), () => {
      assert.equal(reportsMeeting(paragraphs), true);
    });
});
