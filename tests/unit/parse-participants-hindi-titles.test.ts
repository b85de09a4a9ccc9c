// Hindi writes the office, an honorific, then the name: "मुख्यमंत्री श्री शिवराज उदाहरण", "बिहार के
// CM नीतीश नमूना", "ओमान के अपने समकक्ष बद्र उदाहरण से", and the country before the office with
// "के"/"की": "मैक्सिको की विदेश मंत्री …". A desk officer files the name without "श्री", with its office
// and country; the words after a name ("इन दिनों", "रविवार को") are not part of it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (paragraphs: string[]) => parseRecordText(paragraphs.join('\n\n')).participants;

describe('Hindi offices, honorifics and countries', () => {
  test('"मुख्यमंत्री श्री … ने … राष्ट्रपति श्री … से भेंट की" gives both names without "श्री"', () => {
    const found = people([
      'मुख्यमंत्री की राष्ट्रपति से भेंट',
      'मध्यप्रदेश के मुख्यमंत्री श्री राम उदाहरण ने नई दिल्ली में राष्ट्रपति श्री श्याम नमूना से सौजन्य भेंट की। मुलाकात के दौरान दोनों ने राज्य के विकास पर चर्चा की।',
    ]);
    assert.ok(
      found.some((p) => p.name === 'राम उदाहरण' && p.role === 'मुख्यमंत्री'),
      JSON.stringify(found.map((p) => p.name)),
    );
    assert.ok(found.some((p) => p.name === 'श्याम नमूना' && p.role === 'राष्ट्रपति'));
  });

  test('"मैक्सिको की विदेश मंत्री …" and "ओमान के अपने समकक्ष …" carry their countries; a counterpart has no office', () => {
    const found = people([
      'विदेश मंत्री की द्विपक्षीय बैठकें',
      'विदेश मंत्री एस उदाहरण इन दिनों अमेरिका के दौरे पर हैं। उन्होंने रविवार को मैक्सिको की विदेश मंत्री मारिया नमूना के साथ द्विपक्षीय बैठक की। उन्होंने ओमान के अपने समकक्ष सालेह उदाहरण से भी मुलाकात की।',
    ]);
    assert.ok(
      found.some((p) => p.name === 'एस उदाहरण'),
      JSON.stringify(found.map((p) => p.name)),
    );
    assert.ok(found.some((p) => p.name === 'मारिया नमूना' && p.country === 'Mexico'));
    assert.ok(found.some((p) => p.name === 'सालेह उदाहरण' && p.country === 'Oman' && p.role === null));
  });
});
