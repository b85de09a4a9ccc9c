// China's Korean-language press writes the office before the name, after the body it belongs to: "연변주 부주장
// 조덕용이 … 주심양한국총영사관 총영사 임병진을 회견했다", and keeps "림", "리" for the family names Seoul spells "임",
// "이". A desk officer reading such a report gets both sides named. A clause's last word before a list of names
// ("추진을 위하여, 오석진 교육원장은") is a common word, not a name in the list.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const names = (lines: string[]) => parseRecordText(lines.join('\n\n')).participants.map((p) => p.name);

test('a Yanbian report naming the deputy governor and the consul general after their offices lists both', () => {
  const got = names([
    '부주장, 한국 총영사 회견',
    '지난 7일, 연변주 부주장 김철수가 호텔에서 주심양한국총영사관 총영사 박영호를 회견했다.',
  ]);
  assert.ok(got.includes('김철수'), String(got));
  assert.ok(got.includes('박영호'), String(got));
});

test('a consul general spelled the Yanbian way ("총령사 림영호를") is named', () => {
  const got = names([
    '부주장, 한국 총령사 회견',
    '7일, 연변주 부주장 김철수가 호텔에서 심양주재 한국 총령사관 총령사 림영호를 회견했다.',
  ]);
  assert.ok(got.includes('림영호'), String(got));
});

test('"주장" (a claim) after a country is no office without its prefecture', () => {
  const got = names(['한중 회담', '7일 회담에서 한국 주장 성장세를 두고 양측은 의견을 나눴다.']);
  assert.ok(!got.includes('성장세'), String(got));
});

test('"교류 확대를 위하여, 김민수 시장은": "위하여" is not a second name sharing his office', () => {
  const got = names([
    '시장, 베트남 대사 접견',
    '양국 교류 확대를 위하여, 김민수 시장은 22일 시청에서 응우옌 반 남 주한 베트남 대사를 접견했다.',
  ]);
  assert.ok(got.includes('김민수'), String(got));
  assert.ok(!got.includes('위하여'), String(got));
});

test('"협력 강화를 통하여, 박영수 부시장은": "통하여" is not a name either', () => {
  const got = names([
    '부시장, 대사 면담',
    '협력 강화를 통하여, 박영수 부시장은 22일 시청에서 응우옌 반 남 주한 베트남 대사를 만나 의견을 나눴다.',
  ]);
  assert.ok(!got.includes('통하여'), String(got));
});
