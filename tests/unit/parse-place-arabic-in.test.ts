// An Arabic readout says where in the meeting sentence itself: "استقبل … وزير الخارجية الأمريكي في
// الرياض، في أول زيارة له" (received … in Riyadh, on his first visit), "في جدة اليوم" (in Jeddah
// today). A desk officer files the city; "في المقابل،" (on the other hand) and "في إطار" (within)
// are no places.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

describe('the city in an Arabic meeting sentence', () => {
  test('"استقبل … في الرياض، في أول زيارة" gives الرياض', () => {
    assert.equal(place('استقبل ولي العهد وزير الخارجية الأمريكي ماركو روبيو في الرياض، في أول زيارة له للمملكة.'), 'الرياض');
  });

  test('"التقى … في جدة اليوم" gives جدة', () => {
    assert.equal(place('التقى وزير الخارجية، في جدة اليوم، نائب رئيس مجلس الوزراء الهولندي.'), 'جدة');
  });

  test('"في المقابل،" and "في إطار" are not places', () => {
    assert.equal(place('التقى الوزير نظيره في إطار التعاون بين البلدين.'), null);
    assert.equal(place('استقبل الوزير السفير. في المقابل، أكد السفير أهمية العلاقات.'), null);
  });
});
