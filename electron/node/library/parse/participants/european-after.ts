// What may stand between a European office and its holder's name (european.ts reads them): a level
// of government, the post an envoy holds, a body's name written out with its short form.

/** Levels of government written in lower case after "of": "gobernador del estado", "maire de la ville". */
export const SUBDIVISION =
  /^ ?(?:estado|provincia|departamento|municipio|ciudad|región|distrito|cantón|état|province|ville|région|département|commune|cidade|província|município|região|regione|città|comune)(?![\p{L}])/u;

/** "en Venezuela", "em Brasília", "au Gabon", "in Italia": the post, not part of the name. */
export const POSTED_IN = /^ (?:en|em|no|na|au|à|in) (?:\p{Lu}[\p{L}\p{M}-]+)(?: \p{Lu}[\p{L}\p{M}-]+)?(?=,)/u;

/** A body's name of capitalised words joined by "de", "del", "de la", "y", maybe its short form in brackets, up to a comma. */
export const BODY_OF =
  /^ ?\p{Lu}[\p{L}\p{M}’'.-]*(?: \p{Lu}[\p{L}\p{M}’'.-]*)*(?: (?:de|del|de la|de los|de las|y|e|do|da|dos|das|di|della|des|du) \p{Lu}[\p{L}\p{M}’'.-]*(?: \p{Lu}[\p{L}\p{M}’'.-]*)*){1,3}(?: \([^()]{1,20}\))?(?=, )/u;

/**
 * The next capitalised word of a body's name or of the name after it, past "and" ("für Bau und Verkehr, A B") or a
 * name's particle ("beim Landtag Peter von Unruh").
 */
export const BODY_JOINED = /^ ?(?:(?:und|et|y|e|von|van|de|der|zu) )?([\p{Lu}][\p{L}\p{M}’'.-]*)/u;
