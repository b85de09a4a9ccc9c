// A page prints the photo's caption between the headline and the lead: "Dr Lee and Mr Park (front row,
// from left) signing the agreement". Where people stand in the picture marks a caption; a headline names
// people, never their place in a photo.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;

describe("a photo's caption that says where people stand", () => {
  test('the headline above the caption, not the caption', () => {
    const text = [
      'New ties with Riverside College',
      '',
      'Dr Lee and Mr Park (front row, from left) signing the agreement',
      '',
      'A memorandum of understanding was signed between the two colleges on 4 March 2021 in Riverside. Both presidents spoke of student exchanges.',
    ].join('\n');
    assert.equal(title(text), 'New ties with Riverside College');
  });

  test('a caption in Spanish, people named from left to right', () => {
    const text = [
      'Nuevo convenio con la Universidad del Sur',
      '',
      'Los rectores Pérez y Gómez (de izquierda a derecha) firman el convenio',
      '',
      'Las dos universidades firmaron el 3 de mayo un convenio de intercambio de estudiantes y profesores.',
    ].join('\n');
    assert.equal(title(text), 'Nuevo convenio con la Universidad del Sur');
  });

  test('left and right named outside brackets are no place in a photo: that headline stays', () => {
    const text = [
      'Voices from left and right welcome the ambassador of Chile',
      '',
      'Mayor Anna Klein received the ambassador of Chile at the town hall on Tuesday. They spoke about trade.',
    ].join('\n');
    assert.equal(title(text), 'Voices from left and right welcome the ambassador of Chile');
  });
});
