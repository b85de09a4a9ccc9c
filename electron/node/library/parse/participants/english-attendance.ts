// "The meeting was attended by A, adviser to …; B, …": a list of names, each with its office after it.

import { execAll } from '../patterns.ts';
import { namedMention } from './named-mention.ts';
import { readName } from './names.ts';
import { countryInWords } from './objects.ts';
import type { Mention } from './types.ts';

const ATTENDED =
  /\b(?:(?:was|were) (?:also )?attended by|accompanied by|(?:also )?present (?:were|was)|delegation (?:comprised|included|consisted of|was composed of))[:\s]\s*/giu;
const ITEM_END = /[;\n]|\.(?=\s+\p{Lu}[\p{Ll}]|\s*$)/u;

export function attendanceList(text: string, open: (a: number, b: number) => boolean): [Mention, number][] {
  const out: [Mention, number][] = [];
  for (const m of execAll(ATTENDED, text)) {
    let pos = m.index + m[0].length;
    for (let items = 0; items < 12; items++) {
      const name = readName(text, pos - 1);
      if (!name || name.name.split(' ').length < 2) break;
      const rest = text.slice(name.end, name.end + 200);
      const stop = ITEM_END.exec(rest);
      const item = stop ? rest.slice(0, stop.index) : rest;
      const described = /^,\s+(?:the\s+)?([^,;]{3,120})/u.exec(item)?.[1]?.trim() ?? null;
      const end = name.end + item.length;
      if (open(pos, name.end))
        out.push(
          namedMention(text, pos, name.end, {
            name: name.name,
            role: described,
            country: described ? countryInWords(described) : null,
            how: 'named in the list of those attending',
            attending: true,
          }),
        );
      if (stop?.[0] !== ';') break;
      pos = end + 1;
      while (text[pos] === ' ') pos++;
      if (/^and\s/.test(text.slice(pos))) pos += 4;
    }
  }
  return out;
}
