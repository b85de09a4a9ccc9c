// A preview names where talks will be held; the record reports no meeting yet, so it has no meeting
// place. Korean says so with "오는 31일" (the coming 31st), Chinese with "即将" (about to).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

describe('a meeting still ahead has no place yet', () => {
  test('"오는 31일 서울에서 만나 … 논의한다" (will meet in Seoul on the coming 31st)', () => {
    assert.equal(place('한국과 베트남 외교장관이 오는 31일 서울에서 만나 양국 관계 협력 방안을 논의한다.'), null);
  });

  test('a meeting held on the 21st in Seoul keeps its place', () => {
    assert.equal(place('한국과 베트남 외교장관이 21일 서울에서 만나 양국 관계 협력 방안을 논의했다.'), '서울');
  });
});
