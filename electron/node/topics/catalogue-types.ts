// The shape of a shipped topic. An alias with `source` means this topic only when the record (or its
// speaker) speaks for that country.

export type CatalogueAlias = string | { alias: string; source: string };
export type CatalogueTopic = { id: string; name: string; kind: 'subject' | 'country'; aliases: CatalogueAlias[] };
