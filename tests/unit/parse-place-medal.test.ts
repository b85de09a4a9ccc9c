// Handing over a medal is a meeting: the official and the recipient stand in one room. A Vietnamese
// readout opens with that room ("Ngày 28/3, tại trụ sở Bộ Ngoại giao, … đã trao Kỷ niệm chương … cho
// ông …"); a desk officer files the record with it as the place.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

describe('the place where a medal was handed over', () => {
  test('"Ngày 28/3, tại trụ sở Bộ Ngoại giao, … đã trao Kỷ niệm chương … cho ông …"', () => {
    assert.equal(
      place(
        'Ngày 28/3, tại trụ sở Bộ Ngoại giao, được sự ủy quyền của Bộ trưởng, Vụ trưởng Vụ Châu Mỹ đã trao Kỷ niệm chương cho ông Carlos Pérez, Đại sứ Cộng hòa Dominica tại Việt Nam.',
      ),
      'trụ sở Bộ Ngoại giao',
    );
  });

  test('an opening place over a text that reports no meeting or ceremony is not read', () => {
    assert.equal(place('Ngày 28/3, tại trụ sở Bộ Ngoại giao, các đơn vị đã tổng kết công tác năm và đề ra kế hoạch mới.'), null);
  });
});
