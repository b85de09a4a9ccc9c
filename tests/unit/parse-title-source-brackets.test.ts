// A headline copied from a mailing list or a portal often carries where it came from in brackets:
// "[wanabidii] Press Releases: Remarks With …", "[Bundesregierung - 14.06.2013] Bundeskanzlerin Merkel
// empfängt …", "외교부, 아프리카 대사단과 간담회…\"…\" [연합뉴스]". A desk officer files the headline
// itself; a rubric that says what the story is ("[포토]", "[속보]", "[국회 Q&A]") stays.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;

describe('a source in brackets beside the headline', () => {
  test('a mailing list tag and the kind of item before the headline go', () => {
    assert.equal(
      title(
        '[wanabidii] Press Releases: Remarks With Russian Foreign Minister Sergey Lavrov Before Their Meeting\n\nSecretary Kerry met Foreign Minister Lavrov in London on Friday to discuss Ukraine.',
      ),
      'Remarks With Russian Foreign Minister Sergey Lavrov Before Their Meeting',
    );
  });

  test('a source with its date before the headline goes', () => {
    assert.equal(
      title(
        '[Bundesregierung - 14.06.2013] Bundeskanzlerin Merkel empfängt den Präsidenten der Vereinigten Staaten\n\nDer Sprecher der Bundesregierung teilt mit, dass die Bundeskanzlerin den Präsidenten empfangen wird.',
      ),
      'Bundeskanzlerin Merkel empfängt den Präsidenten der Vereinigten Staaten',
    );
  });

  test('an agency after the headline goes; a rubric before it stays', () => {
    assert.equal(
      title(
        '외교부, 아프리카 대사단과 간담회…"韓기업 진출 기반 확대" [연합뉴스]\n\n외교부는 24일 주한 아프리카 대사단과 간담회를 열고 협력 방안을 논의했다.',
      ),
      '외교부, 아프리카 대사단과 간담회…"韓기업 진출 기반 확대"',
    );
    assert.equal(
      title('[포토] 4년9개월 만에 中 찾은 韓 외교장관\n\n외교부 장관이 16일 중국 칭다오에 도착해 왕이 외교부장과 회담했다.'),
      '[포토] 4년9개월 만에 中 찾은 韓 외교장관',
    );
  });
});
