// One person written two ways in one record: a typing slip, a word the page cut short, a Nordic
// genitive, the same letters spaced otherwise. The desk officer sees one participant, in the whole form.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('a name written two ways is one participant', () => {
  test('two letters swapped in a long word: "Rustamjon" then "Rustmajon"', () => {
    assert.deepEqual(
      names(
        'Foreign Minister Anna Berg met the Foreign Minister of Uzbekistan, Rustamjon Aliyev, in Geneva on Monday.\n\nForeign Minister Rustmajon Aliyev thanked her for the talks.',
      ),
      ['Anna Berg', 'Rustamjon Aliyev'],
    );
  });

  test('a word cut short by the page: "Ambassador Lee Jong-hwa" after "Lee Jong-hwan"', () => {
    assert.deepEqual(
      names(
        'Governor Maria Santos received Ambassador Lee Jong-hwan in Cebu on Tuesday.\n\nWith the support of Ambassador Lee Jong-hwa and the provincial staff, the two sides agreed to meet again.',
      ),
      ['Maria Santos', 'Lee Jong-hwan'],
    );
  });

  test('a Danish genitive: "præsident Martins energi" is præsident Martin, named in the plain form', () => {
    const got = names(
      'Statsminister Karen Holm mødtes i dag med præsident Martin i Paris.\n\nStatsministeren fortalte om præsident Martins energi og velvilje.',
    );
    assert.deepEqual(got, ['Karen Holm', 'Martin']);
    const later = names(
      'Statsministeren fortalte om præsident Martins energi.\n\nStatsminister Karen Holm mødtes i dag med præsident Martin i Paris.',
    );
    assert.deepEqual(later, ['Martin', 'Karen Holm']);
  });

  test('the whole form is kept when the cut one comes first', () => {
    const got = names(
      'Mayor Otto Lindqvist met Ambassador Kim Sunghwa in the town hall.\n\nAmbassador Kim Sunghwan then visited the harbour with the mayor.',
    );
    assert.deepEqual(got, ['Otto Lindqvist', 'Kim Sunghwan']);
  });

  test('not two people whose short names are one letter apart: "Nguyễn Văn Hoan" and "Nguyễn Văn Hoang"', () => {
    const got = names(
      'Chủ tịch UBND tỉnh Nguyễn Văn Hoan đã tiếp Đại sứ Lena Berg. Cùng dự có Phó Chủ tịch UBND tỉnh Nguyễn Văn Hoang.',
    );
    assert.ok(got.includes('Nguyễn Văn Hoan') && got.includes('Nguyễn Văn Hoang'), `got ${got.join(', ')}`);
  });

  test('not two Korean names one syllable apart: 김영남 and 김영삼', () => {
    const got = names('김영남 위원장은 이날 김영삼 대통령과 회담했다.');
    assert.ok(got.includes('김영남') && got.includes('김영삼'), `got ${got.join(', ')}`);
  });
});

describe('a Japanese surname alone is the full name written elsewhere in the record', () => {
  const known: Record<string, { name: string; role: string; country: string }> = {
    田村健一: { name: '田村健一', role: '外務大臣', country: 'Japan' },
  };
  const directory = { lookup: (n: string) => known[n] ?? null };
  const withDirectory = (text: string) =>
    findParticipants(text.split('\n\n'), { publisherCountry: null, hostCountry: null, directory }).map((p) => p.name);

  test('"田村外務大臣" and, on a line of its own, "田村健一 外務大臣": one participant, the full name', () => {
    const got = withDirectory(
      '外相会談で議長を務める田村外務大臣は12日、王毅外相と会談した。\n\n田村健一 外務大臣\n\n田村大臣は王毅外相と意見を交わした。',
    );
    assert.deepEqual(got, ['田村健一', '王毅']);
  });

  test('two people of one family stay two: "安倍晋三" and "安倍昭恵" share a surname, neither begins the other', () => {
    const got = withDirectory('安倍晋三首相は6日、官邸でトランプ大統領と会談した。安倍昭恵夫人も同席した。');
    assert.ok(!got.includes('安倍昭恵') || got.includes('安倍晋三'), `got ${got.join(', ')}`);
  });
});
