// The title grammar of Romanian, which writes its article glued to the end of the office ("primarul", "ambasadorul",
// "ministrul") and the country after it in the genitive ("ambasadorul Greciei, A B", "ministrul afacerilor externe al
// României A B"). Data only, as in european-grammars.ts, behind a gate of the language's own letters.

import type { Grammar } from './european-grammar.ts';

/** A paragraph in Romanian, by its letters with a comma or a breve below (either form of each) or its circumflexed "î", "â". */
const ROMANIAN_TEXT = /[ășțşţâî]/iu;

export const ROMANIAN_GRAMMAR: Grammar = {
  language: 'ro',
  heads: [
    'prim-ministrul',
    'vicepremierul',
    'premierul',
    'vicepreședintele|vicepresedintele',
    'președintele|presedintele',
    // The foreign minister by his portfolio: "ministrul afacerilor externe (și integrării europene)", "ministrul de Externe".
    'ministrul (?:afacerilor externe(?: și integrării europene)?|de [Ee]xterne)',
    'ministrul',
    'secretarul de stat',
    'secretarul general',
    'ambasadorul|ambasadoarea',
    'consulul (?:general|onorific)',
    'consulul',
    // The heads of a city, a county and a university receive envoys as a minister does.
    'primarul [Gg]eneral',
    'viceprimarul',
    'primarul',
    'prefectul',
    'guvernatorul',
    'rectorul',
    // "omologul său": his counterpart.
    'omologul (?:său|sau|ei|lor)',
    'omologul',
  ],
  // The country or the town in the genitive: "ambasadorul Greciei", "primarul Capitalei", "consulul Republicii Moldova".
  // …or the level of government, in lower case: "prefectul județului, A B", "primarul municipiului".
  after: [
    '\\p{Lu}\\p{Ll}+(?:iei|ei|ii|ului)(?: \\p{Lu}\\p{Ll}+(?= \\p{Lu}| ?,))?',
    'județului|judeţului|municipiului|orașului|oraşului|comunei|capitalei',
  ],
  of: ['al', 'a', 'ai', 'ale'],
  gate: ROMANIAN_TEXT,
};
