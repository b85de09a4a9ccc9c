// Arabic readouts say where a meeting was held with a venue and the city run into "بـ" (in): "في مقر
// الوزارة بالرياض" (at the ministry's seat in Riyadh), "في قصره بجدة" (in his palace in Jeddah), or
// with the day: "اليوم الأحد في الرياض" (today, Sunday, in Riyadh). A desk officer filing the record
// wants that city as its place, and nothing made of "in the presence of" or "on the occasion of".
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const place = (text: string): string | null => parseRecordText(text).place;
const HEADLINE = 'وزير الخارجية يبحث تعزيز التعاون مع نظيره';

describe('where an Arabic readout says the meeting was held', () => {
  test('a venue and the city run into it with "بـ": the city', () => {
    const seat =
      'استقبل وزير الخارجية، في مقر الوزارة، بالرياض اليوم، وزير خارجية جمهورية فيتنام، وجرى خلال الاستقبال استعراض العلاقات الثنائية.';
    assert.equal(place(`${HEADLINE}\n\n${seat}`), 'الرياض');
    const palace = 'استقبل الملك في قصره بجدة أمس رئيس وزراء فيتنام، وجرى خلال الاستقبال استعراض العلاقات بين البلدين.';
    assert.equal(place(`${HEADLINE}\n\n${palace}`), 'جدة');
  });

  test('"today, Sunday, in Riyadh, with …": the city after the day', () => {
    const lead = 'التقى وزير الخارجية، اليوم الأحد في الرياض، مع وزير الخارجية الفيتنامي، وبحث الجانبان العلاقات الثنائية.';
    assert.equal(place(`${HEADLINE}\n\n${lead}`), 'الرياض');
  });

  test('"in the presence of" after the venue is not a place', () => {
    const lead = 'استقبل وزير الخارجية في مقر الوزارة بحضور السفير وزير خارجية فيتنام، وجرى بحث العلاقات الثنائية.';
    assert.equal(place(`${HEADLINE}\n\n${lead}`), null);
  });
});
