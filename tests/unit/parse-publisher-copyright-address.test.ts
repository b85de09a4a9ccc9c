// A copyright line often gives the owner's mail or web address in brackets beside its name:
// "저작권자 © 남도일보 (desk@namdo.example.kr) 무단전재 및 재배포 금지". The desk officer files the
// name as the publisher, never a piece of the address cut at its first dot.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const publisher = (text: string): string | null => parseRecordText(text).publisher;

const story = '가람시, 중국 자매도시와 협약\n\n가람시는 25일 중국 자매도시를 방문해 시장과 우호협력 협약을 체결했다고 밝혔다.';

test("the owner's mail address in brackets after the name: the name is the publisher", () => {
  assert.equal(publisher(`${story}\n\n저작권자 © 남도일보 (desk@namdo.example.kr) 무단전재 및 재배포 금지`), '남도일보');
});

test('a web address in brackets too: "ⓒ 가람신문 (www.garam.example.kr)"', () => {
  assert.equal(publisher(`${story}\n\n저작권자 ⓒ 가람신문 (www.garam.example.kr) 무단전재 및 재배포 금지`), '가람신문');
});

test('a bracket that is no address stays as it was: "저작권자 © 연합뉴스 무단전재"', () => {
  assert.equal(publisher(`${story}\n\n저작권자 © 연합뉴스 무단전재 및 재배포 금지`), '연합뉴스');
});
