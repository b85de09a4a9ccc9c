// Persian writes the office after the name ("علی نمونه زاده وزیر امور خارجه", "«پیتر مثال» رئیس جمهور
// آلمان", "حسن مثالی، سرپرست سفارت ایران در کابل"), and its verb last: a sentence that says "قرار است" or
// "خواهد" and nothing done is about people still to be met. A rank ("آیت‌الله", "مولوی") is no part of the name.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (paragraphs: string[]) => parseRecordText(paragraphs.join('\n\n')).participants;

describe('Persian names before their offices', () => {
  test('"X وزیر امور خارجه" and "«Y» رئیس جمهور آلمان" give both sides with office and country', () => {
    const found = people([
      'دیدار وزیر امور خارجه با رئیس جمهور آلمان',
      'به گزارش خبرگزاری نمونه، علی نمونه زاده وزیر امور خارجه جمهوری اسلامی ایران امروز در برلین با «پیتر مثال» رئیس جمهور آلمان دیدار و گفت‌وگو کرد.',
    ]);
    assert.ok(
      found.some((p) => p.name === 'علی نمونه زاده' && p.role === 'وزیر امور خارجه' && p.country === 'Iran'),
      JSON.stringify(found.map((p) => [p.name, p.role, p.country])),
    );
    assert.ok(found.some((p) => p.name === 'پیتر مثال' && p.role === 'رئیس جمهور' && p.country === 'Germany'));
  });

  test('a rank before the name is dropped, and people still to be met ("قرار است … دیدار کند") are not in the room', () => {
    const found = people([
      'سفر نماینده ویژه به کابل',
      'آیت‌الله حسن مثالی رئیس جمهور امروز با سفیران جدید دیدار کرد.',
      'رضا نمونه نماینده ویژه قرار است فردا با کریم مثال زاده وزیر خارجه افغانستان دیدار کند.',
    ]);
    assert.ok(
      found.some((p) => p.name === 'حسن مثالی' && p.role === 'رئیس جمهور'),
      JSON.stringify(found.map((p) => p.name)),
    );
    assert.ok(!found.some((p) => p.name === 'کریم مثال زاده'));
  });
});
