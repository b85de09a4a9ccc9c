// A pope or a monarch received or met is named by one word after the title, the name of the throne
// or the chair, with its numeral or not: "Đức Thánh Cha Phanxicô đã tiếp …", "Raja Mswati III",
// "His Holiness Garegin II". The title is the role; a pope is of the Holy See.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);
const find = (text: string, name: string) => people(text).find((p) => p.name === name);

describe('a pope named by his one name after the title', () => {
  test('"Đức Thánh Cha Phanxicô đã tiếp Thủ tướng …": the Pope, of the Holy See, with his title as role', () => {
    const p = find('Sáng 12/4, Đức Thánh Cha Phanxicô đã tiếp Thủ tướng Na Uy Erna Solberg tại Vatican.', 'Phanxicô');
    assert.ok(p, 'found');
    assert.equal(p.role, 'Đức Thánh Cha');
    assert.equal(p.country, 'Holy See');
  });

  test('"ĐTC Phanxicô" (the abbreviation) and "Papst Franziskus" name him too', () => {
    assert.ok(find('Chiều 3/5, ĐTC Phanxicô đã gặp Tổng thống Pháp Emmanuel Macron.', 'Phanxicô'));
    assert.ok(find('Papst Franziskus empfing am Montag den Präsidenten Frank-Walter Steinmeier.', 'Franziskus'));
  });

  test('a lower-case word after the title ("Đức Thánh Cha đã tiếp …") names no pope', () => {
    const got = people('Đức Thánh Cha đã tiếp Thủ tướng Na Uy Erna Solberg.').map((p) => p.name);
    assert.ok(!got.some((n) => n !== 'Erna Solberg'), got.join(', '));
  });

  test('"Papa Diop", a Senegalese given name with no article before it, is no pope', () => {
    const got = people('The minister received Ambassador Papa Diop of Senegal.').map((p) => p.country);
    assert.ok(!got.includes('Holy See'));
  });
});

describe('a monarch or a patriarch named by one word and its numeral', () => {
  test('"menerima Raja Mswati III": the King, named with his numeral', () => {
    const p = find('Presiden Joko Widodo menerima Raja Mswati III di Istana Merdeka.', 'Mswati III');
    assert.equal(p?.role, 'Raja');
  });

  test('"the King of Spain Felipe VI": the King, of Spain', () => {
    const p = find('The ambassador presented credentials to the King of Spain Felipe VI in Madrid.', 'Felipe VI');
    assert.equal(p?.country, 'Spain');
  });

  test('"received by His Holiness Garegin II": the patriarch, named with his numeral', () => {
    assert.ok(find('The diplomats were received by His Holiness Garegin II in Etchmiadzin.', 'Garegin II'));
  });

  test('a misspelt country after "Raja", with no numeral ("Raja Eswanti,"), names no one', () => {
    const got = people('Presiden menerima Raja Eswanti, bersama istrinya.').map((p) => p.name);
    assert.ok(!got.includes('Eswanti'));
  });
});

test('an emperor of another century in the golden book’s history ("Kaiser Wilhelm II … 1899") is no participant', () => {
  const got = people(
    'Der Minister trug sich am Montag in das Goldene Buch ein. Der erste Eintrag stammt von Kaiser Wilhelm II aus dem Jahr 1899.',
  ).map((p) => p.name);
  assert.ok(!got.includes('Wilhelm II'));
});
