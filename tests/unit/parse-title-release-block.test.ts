// A government release prints its issuer, the date, its number under a label, the contacts and the
// embargo before its headline. The issuing office's name above that block is not the headline; a
// desk officer wants the line under it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;

describe("the headline under a release's header block", () => {
  test('"Presseamt …" / date / "Pressemitteilung:" / "168" / "Ausgabejahr:" / "2013" / headline', () => {
    const text = [
      'Presse- und Informationsamt der Landesregierung',
      'Freitag, 17. Mai 2013',
      'Pressemitteilung:',
      '168',
      'Ausgabejahr:',
      '2013',
      'Ministerpräsident empfängt den Premierminister der Sozialistischen Republik Vietnam',
      'Der Sprecher der Landesregierung teilt mit:',
      'Am Sonntag empfängt der Ministerpräsident den vietnamesischen Premierminister mit militärischen Ehren. Im Mittelpunkt stehen Handel und Klima.',
    ].join('\n');
    assert.equal(title(text), 'Ministerpräsident empfängt den Premierminister der Sozialistischen Republik Vietnam');
  });

  test('"보 도 자 료" / date / contacts / "(Tel. …)" / "* 즉시 사용" / headline', () => {
    const text = [
      '보 도 자 료',
      '2017. 3. 3(금)',
      '문 의',
      '국정운영실 외교정책관실',
      '외교심의관 홍길동 / 사무관 김철수',
      '(Tel. 044- 200- 2139)',
      '* 즉시 사용',
      '이임 주한 베트남대사 접견',
      '□ 국무총리는 3.3(금) 오후 정부서울청사에서 이임하는 주한 베트남 대사를 접견하였다. 양측은 교역 확대를 논의하였다.',
    ].join('\n');
    assert.equal(title(text), '이임 주한 베트남대사 접견');
  });

  test('a headline over its view counters ("0", "1679") and a caption keeps its headline', () => {
    const text =
      'Diplomats pay courtesy call on the High Commissioner in London\n0\n1679\nThe High Commissioner and the High Commissioner of Belize at the mission\nBy Milton Tella – The mission welcomed the diplomats on Tuesday. They discussed Africa Day.';
    assert.equal(title(text), 'Diplomats pay courtesy call on the High Commissioner in London');
  });
});
