// What a language's title grammar holds (european-grammars.ts lists them, european.ts reads with them):
// its words as data, so a language is added as a table, not as code.

export type Grammar = {
  language: string;
  /** Head nouns (regex sources), longest first. */
  heads: string[];
  /** Case-sensitive heads (German nouns are capitalised; a lowercase word is not a title). */
  caseSensitive?: boolean;
  /** Words written after the head that belong to the office: "electo", "uscente". */
  after: string[];
  /** Prepositions (with their articles) that open a portfolio or a country: "de", "degli", "der". */
  of: string[];
  /** The country may stand before the title in the genitive: "Vietnams utrikesminister", "USA:s president". */
  genitive?: boolean;
  /** A capitalised adjective of nationality may stand before the title: Dutch "de Nederlandse minister", "Belgisch premier". */
  capitalAdjective?: boolean;
  /** Words a paragraph must hold for the grammar to read it: Swedish "President" is English's too. */
  gate?: RegExp;
};
