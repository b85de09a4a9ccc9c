// Many papers open the lead with their own tag in brackets before a dash: "(Tổ Quốc) -", "(ANTV) -". Some
// write it in lower case or as their web address: "(Mặt trận) -", "(LĐ online) -", "(kontumtv.vn) –", or
// glue the dash to the bracket: "(Website TU)- ". The desk officer reads the tag as the publisher.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const record = (lead: string): string =>
  [
    'Đoàn đại biểu tỉnh thăm và làm việc tại Viêng Chăn',
    '',
    lead,
    '',
    'Hai bên đã trao đổi về hợp tác giữa hai địa phương.',
  ].join('\n');

describe("an outlet's tag in brackets opening the lead", () => {
  test('"(Đồng Nai online) - …": a tag with a word in lower case', () => {
    const r = parseRecordText(
      record('(Đồng Nai online) - Chiều ngày 27/7, đồng chí Nguyễn Văn An đã tiếp đoàn đại biểu tỉnh Champasak.'),
    );
    assert.equal(r.publisher, 'Đồng Nai online');
  });

  test('"(baodongnai.vn) – …": a web address', () => {
    const r = parseRecordText(
      record('(baodongnai.vn) – Chiều ngày 27/7, đồng chí Nguyễn Văn An đã tiếp đoàn đại biểu tỉnh Champasak.'),
    );
    assert.equal(r.publisher, 'baodongnai.vn');
  });

  test('"(Website TU)- …": the dash against the bracket', () => {
    const r = parseRecordText(
      record('(Website TU)- Chiều ngày 27/7, đồng chí Nguyễn Văn An đã tiếp đoàn đại biểu tỉnh Champasak.'),
    );
    assert.equal(r.publisher, 'Website TU');
  });

  test('a bracket without a dash after it is no tag; a hyphenated word opening the lead is no outlet', () => {
    assert.equal(parseRecordText(record('(ảnh minh họa) Chiều ngày 27/7, đồng chí Nguyễn Văn An đã tiếp đoàn.')).publisher, null);
    assert.equal(
      parseRecordText(record('Anti-corruption talks were held in Vientiane on 27 July between the two delegations.')).publisher,
      null,
    );
  });
});
