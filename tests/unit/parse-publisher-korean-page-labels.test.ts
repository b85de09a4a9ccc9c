// A Korean news page carries labels that look like outlets' names and are not: the section headings
// under the story ("랭킹뉴스", "동영상뉴스"), a broadcast script's cue ("[멘트]"), a slogan before the
// paper's name in its rights notice ("ⓒ투자가를 위한 경제 플랫폼, 한빛경제(www.…)"). A desk officer
// filing the record wants the outlet the page names, or none, never "랭킹" or "멘트".
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const publisher = (text: string): string | null => parseRecordText(text).publisher;

describe('Korean page labels are not the outlet', () => {
  test('"많이 본 기사 / 랭킹뉴스" under a broadcaster\'s story: no publisher, not "랭킹"', () => {
    const got = publisher(
      [
        '박민호 지사, 주한 라오스대사와 교류 방안 논의',
        '    작성 : 2025-04-02 09:10:11',
        '    박민호 지사는 어제(1일) 주한 라오스대사와 농업·관광 분야 교류 방안을 논의했습니다.',
        '    댓글',
        '    많이 본 기사',
        '    랭킹뉴스',
      ].join('\n\n'),
    );
    assert.notEqual(got, '랭킹');
  });

  test('"동영상뉴스", "포토뉴스" closing a page are section headings', () => {
    const got = publisher(
      [
        '구청장, 베트남 대표단 접견',
        '김태수 구청장은 4일 구청장실에서 베트남 대표단을 만나 교류 방안을 논의했다.',
        '연예가 화제',
        '동영상뉴스',
        '포토뉴스',
      ].join('\n\n'),
    );
    assert.notEqual(got, '동영상');
    assert.notEqual(got, '포토');
  });

  test('"[멘트]" opening a broadcast script is the anchor\'s cue, not a station', () => {
    const got = publisher(
      '[멘트] 해외 대학 총장 40명이 지난 3일 한빛대학교를 방문했습니다. 이석호 총장이 직접 방문단을 맞았습니다.',
    );
    assert.notEqual(got, '멘트');
  });

  test('"ⓒ투자가를 위한 경제 플랫폼, 한빛경제(www.hanbit.example) 무단전재": the name with the web address', () => {
    const got = publisher(
      [
        '대통령, 신임 대사 12명에게 신임장 받아',
        '대통령은 14일 용산 대통령실에서 신임 주한 대사 12명으로부터 신임장을 받았다.',
        '<ⓒ투자가를 위한 경제 플랫폼, 한빛경제(www.hanbit.example) 무단전재 배포금지>',
      ].join('\n\n'),
    );
    assert.equal(got, '한빛경제');
  });
});
