/** A piece of a search snippet: the words that matched are marked. */
export type SnippetPart = { text: string; match: boolean };
