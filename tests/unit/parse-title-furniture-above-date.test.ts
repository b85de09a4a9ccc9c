// A page copied from its top may put a line of a few letters of its own just above the date line: a
// section name, a language switch, a rubric. Chosen by its place above the date, that line says nothing of
// what the lead tells; the heading line that does is the headline. A short headline that tells the
// lead stays, and a deck that tells more does not push a long headline aside.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;

describe('a short line of the page above the date', () => {
  test("a city hall's rubric between the headline and the date: the headline, not the rubric", () => {
    const text = [
      'Empfang ausländischer Generalkonsuln',
      'Schwerpunktthema: Bericht',
      '12. März 2024',
      'Die Oberbürgermeisterin hat am 12. März die Generalkonsuln Polens und Tschechiens im Rathaus zur Vorstellung empfangen. Sie sprachen über die Partnerschaft der Städte.',
    ].join('\n');
    assert.equal(title(text), 'Empfang ausländischer Generalkonsuln');
  });

  test("a provincial paper's section name printed twice above the page's date: the headline under it", () => {
    const text = [
      'Kinh tế địa phương',
      'Kinh tế địa phương',
      'Thứ hai, ngày 6 tháng 1 năm 2025',
      'Chủ tịch tỉnh tiếp Đại sứ Hàn Quốc, bàn hợp tác đầu tư nông nghiệp',
      'Thứ hai, ngày 6 tháng 1 năm 2025 | 10:20',
      'Sáng 6/1, Chủ tịch UBND tỉnh tiếp Đại sứ Hàn Quốc tại Việt Nam, hai bên bàn về hợp tác đầu tư nông nghiệp và lao động.',
    ].join('\n');
    assert.equal(title(text), 'Chủ tịch tỉnh tiếp Đại sứ Hàn Quốc, bàn hợp tác đầu tư nông nghiệp');
  });

  test('a short headline that tells the lead stays the headline', () => {
    const text = [
      'Mayor meets envoy',
      '12 March 2024',
      'The mayor met the envoy of Chile at City Hall on Tuesday to discuss trade, tourism and a student exchange.',
    ].join('\n');
    assert.equal(title(text), 'Mayor meets envoy');
  });

  test('a headline of many letters above a deck that tells more is not passed over', () => {
    const text = [
      'Außenministerin reist zu Gesprächen nach Warschau',
      'Die Ministerin trifft ihren polnischen Amtskollegen und spricht über Handel, Energie und die Grenze',
      '12. März 2024',
      'Die Ministerin trifft am Dienstag ihren polnischen Amtskollegen in Warschau und spricht über Handel, Energie und die Grenze.',
    ].join('\n');
    assert.equal(title(text), 'Außenministerin reist zu Gesprächen nach Warschau');
  });
});
