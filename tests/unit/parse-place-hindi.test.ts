// A desk reads Hindi releases from Indian ministries and papers. Hindi says where with "में" after the
// place: "मुख्यमंत्री ने नई दिल्ली में राष्ट्रपति से भेंट की", "यहां राष्ट्रपति भवन में आयोजित समारोह में";
// or opens the lead with a dateline: "पटना: …", "नई दिल्ली, 12 मार्च (भाषा) …". The ceremony, the
// statement or the envoy's post ("भारत में … के उच्चायुक्त") is no place.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hindiPlace } from '../../electron/node/library/parse/place/hindi.ts';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (...paragraphs: string[]): string | null => findPlace(paragraphs)?.place ?? null;

describe('the place of a Hindi meeting', () => {
  test('"… ने नई दिल्ली में … से भेंट की" gives New Delhi, before the building named after it', () => {
    assert.equal(
      place('राज्य के मुख्यमंत्री श्री राम उदाहरण ने नई दिल्ली में उपराष्ट्रपति श्री श्याम नमूना से उपराष्ट्रपति भवन में भेंट की।'),
      'नई दिल्ली',
    );
  });

  test('"यहां राष्ट्रपति भवन में आयोजित समारोह में … परिचय पत्र स्वीकार किए" gives the building', () => {
    assert.equal(
      place('राष्ट्रपति ने यहां राष्ट्रपति भवन में आयोजित एक समारोह में तीन देशों के राजदूतों के परिचय पत्र स्वीकार किए।'),
      'राष्ट्रपति भवन',
    );
  });

  test('"मुलाकात की और बाली में … बैठक की" gives Bali; "बैठक में" and "बयान में" are no place', () => {
    assert.equal(hindiPlace('विदेश मंत्री ने अपने समकक्ष से मुलाकात की और बाली में उनके साथ एक घंटे की बैठक की।'), 'बाली');
    assert.equal(hindiPlace('बयान में कहा गया है कि बैठक में कई मुद्दों पर चर्चा हुई।'), null);
  });

  test('"पटना: भारत में श्रीलंका के उच्चायुक्त ने … मुलाकात की" gives the dateline, not the envoy\'s post', () => {
    assert.equal(
      place(
        'पटना: भारत में श्रीलंका के उच्चायुक्त उदाहरण सिंह ने शनिवार को मुख्यमंत्री से उनके आवास पर मुलाकात की।',
        'दोनों नेताओं ने व्यापार और पर्यटन पर चर्चा की।',
      ),
      'पटना',
    );
  });
});
