// Polish declines both halves of a double name after "z" (with): "spotkał się z wicepremierem Janem
// Nowakiem-Kowalskim" is Jan Nowak-Kowalski. The desk officer files the name as a dictionary writes it,
// not cut at the hyphen and not left in the instrumental.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const names = (paragraphs: string[]): string[] => parseRecordText(paragraphs.join('\n\n')).participants.map((p) => p.name ?? '');

test('"spotkał się z wicepremierem Tomaszem Nowakiem-Lisem" gives Tomasz Nowak-Lis', () => {
  const found = names([
    'Ambasador w ministerstwie',
    'W środę ambasador Kanady John Miller spotkał się z wicepremierem Tomaszem Nowakiem-Lisem. Rozmawiali o bezpieczeństwie.',
  ]);
  assert.ok(found.includes('Tomasz Nowak-Lis'), found.join(', '));
});

test('a foreign double given name keeps its letters: "z niemieckim odpowiednikiem Dirkiem-Peterem Langiem" is Dirk-Peter Lang', () => {
  const found = names([
    'Minister w Berlinie',
    'Minister spraw zagranicznych Adam Nowicki spotkał się w czwartek ze swoim niemieckim odpowiednikiem Dirkiem-Peterem Langiem.',
  ]);
  assert.ok(found.includes('Dirk-Peter Lang'), found.join(', '));
});

test('a hyphenated place after the name is no half of it: "z burmistrzem Janem Kowalem w Bielsku-Białej"', () => {
  const found = names([
    'Wizyta konsula',
    'Konsul generalny Niemiec Peter Braun spotkał się z burmistrzem Janem Kowalem w Bielsku-Białej.',
  ]);
  assert.ok(found.includes('Jan Kowal'), found.join(', '));
  assert.ok(!found.some((n) => n.includes('Biał')), found.join(', '));
});
