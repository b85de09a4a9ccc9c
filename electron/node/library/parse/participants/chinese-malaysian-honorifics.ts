// Malaysian Chinese writes the federal and state honorifics between the office and the name: "会长拿督斯里
// 王某某" (the president, Datuk Seri Wang), "执行顾问丹斯里陈某某" (Tan Sri Chen), "拿汀黄某某" (Datin Huang).
// The honorific is a style, not the name: the name starts after it.

/** Tan Sri, Datuk Seri, Datuk, Datin Seri, Datin Paduka, Datin, longest first, one after another ("丹斯里拿督斯里"). */
// Not "敦" (Tun) alone: it also opens ordinary words ("敦促", urge).
const HONORIFICS = /^(?:丹斯里|拿督斯里|拿督|拿汀斯里|拿汀巴杜卡|拿汀)+/u;

/** How many characters of honorific open `after` (the text after an office), 0 when none. */
export const honorificLength = (after: string): number => HONORIFICS.exec(after)?.[0].length ?? 0;
