// Persian says where a meeting was with "در" before a city no capital marks: "در آنکارا دیدار کرد". An envoy's
// post ("سفیر جدید روسیه در تهران") is where he serves, not where the meeting was.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { persianPlace } from '../../electron/node/library/parse/place/persian.ts';

describe('Persian places after "در"', () => {
  test('"در آنکارا" in a meeting sentence is the place; "در این دیدار" is not', () => {
    assert.equal(persianPlace('وزیر امور خارجه جمعه صبح در آنکارا با همتای ترک خود دیدار کرد.'), 'آنکارا');
    assert.equal(persianPlace('در این دیدار طرفین درباره روابط دوجانبه گفت‌وگو کردند.'), null);
    assert.equal(persianPlace('وزیران در سن پترزبورگ دیدار کردند.'), 'سن پترزبورگ');
  });
  test("an envoy's post is not the meeting's place", () => {
    assert.equal(persianPlace('علی نمونه، سفیر جدید روسیه در تهران، با وزیر امور خارجه دیدار کرد.'), null);
  });
});
