// A headline and its lead tell the same story in the same words, but an inflected language bends them:
// "Προξένου" in the headline is "Πρόξενος" in the lead, "Mayoral" is "Mayor", "jumelage" is "jumelle". When a
// skip link or a site's label stands above the headline, the desk officer expects the line that tells the lead,
// even where it uses the lead's words in another form.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { sharedWithLead } from '../../electron/node/library/parse/title-lead.ts';

const page = (...lines: string[]): string => lines.join('\n');

test('a Greek town page under its skip links gets the headline that tells the lead in other cases', () => {
  const text = page(
    'Skip to content Skip to left sidebar Skip to footer',
    '',
    'Επίσκεψη του Γενικού Προξένου της Ιταλίας στον Δήμο μας',
    '',
    'Ο Γενικός Πρόξενος της Ιταλίας κ. Μάριο Ρόσι επισκέφθηκε σήμερα το Δημαρχείο, όπου συζήτησε για την πολιτιστική συνεργασία.',
  );
  assert.equal(parseRecordText(text).title, 'Επίσκεψη του Γενικού Προξένου της Ιταλίας στον Δήμο μας');
});

test('an English agenda label above the heading gives way to the heading the minutes tell', () => {
  const text = page(
    'Agenda item',
    '',
    'Mayoral Receptions',
    '',
    'The Mayor to report on the reception held for the visiting delegation from Kraków.',
  );
  assert.equal(parseRecordText(text).title, 'Mayoral Receptions');
});

test('a French photo caption above the headline gives way to the headline in the words the lead bends', () => {
  const text = page(
    'Deux élus posant devant la mairie',
    '',
    'Renouvellement du serment de jumelage avec Ravenne',
    '',
    "Le maire a renouvelé samedi le serment d'amitié qui unit la commune à sa jumelle italienne depuis trente ans.",
  );
  assert.equal(parseRecordText(text).title, 'Renouvellement du serment de jumelage avec Ravenne');
});

test('words are compared by their stem only for lines weighed against the lead, not by default', () => {
  assert.equal(
    sharedWithLead('Auslandsreisen des Oberbürgermeisters', 'Der Oberbürgermeister berichtet über seine Auslandsreise.'),
    0,
  );
  assert.equal(
    sharedWithLead('Auslandsreisen des Oberbürgermeisters', 'Der Oberbürgermeister berichtet über seine Auslandsreise.', true),
    2,
  );
  // Short words and words of other stems do not match: "Mayor" / "Mayoral" do, "Minister" / "Ministry" share only "minis".
  assert.equal(sharedWithLead('Quantcast', 'The minister met the ambassador.', true), 0);
});
