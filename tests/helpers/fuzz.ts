// Inputs for fuzzing the API, made from each method's own schema (as JSON Schema): values that fit it,
// and values broken in every way a hostile or buggy client could break them. A fixed seed makes every
// run the same, so a failure can be replayed.
import { createHash } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';

export type Json = { [key: string]: unknown };
export type Rng = { next(): number; int(max: number): number; pick<T>(list: readonly T[]): T; chance(p: number): boolean };

/** mulberry32: small, fast and the same everywhere. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  return { next, int, pick: (list) => list[int(list.length)] as (typeof list)[number], chance: (p) => next() < p };
}

/** Strings that have broken parsers before: control characters, odd scripts, markup, huge and empty. */
export const NASTY_STRINGS = [
  '',
  ' ',
  '\0',
  'a\0b',
  'line\nbreak',
  '\r\n\t',
  '\u001b[31mred',
  '\u202eevil',
  '\ud800',
  '💣'.repeat(50),
  'Bùi Thanh Sơn',
  '부이 타인 선',
  '<script>alert(1)</script>',
  "'; DROP TABLE records; --",
  '%s%n%x',
  '../../../../etc/passwd',
  '__proto__',
  'constructor',
  '9999-99-99',
  '2024-02-30',
  '-1',
  'NaN',
  'x'.repeat(5_000),
];

const NUMBERS = [0, -1, 1, 0.5, -0, 2 ** 31, 2 ** 53, -(2 ** 53), 1e308, Number.NaN, Number.POSITIVE_INFINITY, -1e9];

function deep(depth: number, asArray: boolean): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { a: v };
  return v;
}

/** A value of the wrong kind for anything, chosen at random. */
export function junk(r: Rng): unknown {
  switch (r.int(9)) {
    case 0:
      return null;
    case 1:
      return r.pick(NUMBERS);
    case 2:
      return r.pick(NASTY_STRINGS);
    case 3:
      return r.chance(0.5);
    case 4:
      return [];
    case 5:
      return {};
    case 6:
      return deep(200 + r.int(1_500), r.chance(0.5));
    case 7:
      return 'y'.repeat(100_000 + r.int(200_000));
    default:
      return [r.pick(NASTY_STRINGS), r.pick(NUMBERS), null];
  }
}

export type Pools = { ids: (name: string) => string[]; path: (r: Rng) => string };

type Schema = Json & {
  type?: string;
  anyOf?: Schema[];
  oneOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
};

const PATH_FIELDS = new Set(['path', 'paths', 'outPath']);

function text(r: Rng, s: Schema, key: string, pools: Pools): string {
  if (PATH_FIELDS.has(key)) return pools.path(r);
  if (s.pattern?.includes('\\d{4}'))
    return r.chance(0.8) ? `20${10 + r.int(15)}-0${1 + r.int(9)}-${10 + r.int(19)}` : r.pick(NASTY_STRINGS);
  const ids = pools.ids(key);
  if (ids.length && r.chance(0.75)) return r.pick(ids);
  // Hostile but allowed: control characters, other scripts, markup, as long as the field takes.
  if (r.chance(0.3)) {
    const nasty = r.pick(NASTY_STRINGS).slice(0, s.maxLength ?? 10_000);
    if (nasty.length >= (s.minLength ?? 0)) return nasty;
  }
  const max = s.maxLength ?? 50;
  const min = s.minLength ?? 0;
  const words = ['talking', 'points', 'Biển Đông', '한국', 'SCS', 'commitment', r.pick(NASTY_STRINGS)];
  let out = '';
  while (out.length < min || (out.length < Math.min(max, 40) && r.chance(0.6))) out += `${r.pick(words)} `;
  return out.slice(0, max).trim().length >= min ? out.slice(0, max) : 'x'.repeat(Math.max(min, 1));
}

/** A value that fits the schema (mostly: patterns and refinements are not all known to JSON Schema). */
export function fitting(s: Schema, r: Rng, pools: Pools, key = '', depth = 0): unknown {
  const choices = s.anyOf ?? s.oneOf;
  if (choices) return fitting(r.pick(choices), r, pools, key, depth);
  if (s.const !== undefined) return s.const;
  if (s.enum) return r.pick(s.enum);
  switch (s.type) {
    case 'object': {
      const out: Json = {};
      for (const [k, sub] of Object.entries(s.properties ?? {})) {
        if (s.required?.includes(k) || r.chance(0.5)) out[k] = fitting(sub, r, pools, k, depth + 1);
      }
      return out;
    }
    case 'array': {
      const n = Math.min(s.maxItems ?? 3, (s.minItems ?? 0) + r.int(3));
      return Array.from({ length: n }, () => fitting(s.items ?? {}, r, pools, key, depth + 1));
    }
    case 'string':
      return text(r, s, key, pools);
    case 'integer':
    case 'number': {
      const lo = s.minimum ?? 0;
      const hi = Math.min(s.maximum ?? 100, lo + 50);
      return lo + r.int(hi - lo + 1);
    }
    case 'boolean':
      return r.chance(0.5);
    case 'null':
      return null;
    default:
      return r.pick(NASTY_STRINGS);
  }
}

/** Every place in a value where something can be broken: its path of keys. */
function places(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) for (const [i, x] of v.entries()) places(x, [...at, i], out);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) places(x, [...at, k], out);
  return out;
}

/** The value with one thing broken: a wrong type, a field missing or extra, too long, NaN, deep nesting… */
export function broken(value: unknown, r: Rng): unknown {
  if (r.chance(0.1)) return junk(r);
  const copy = structuredClone(value);
  const where = r.pick(places(copy).slice(1));
  if (!where)
    return r.chance(0.5) ? { ...(copy as Json), [r.pick(['extra', 'constructor', ...NASTY_STRINGS])]: junk(r) } : junk(r);
  const parent = where.slice(0, -1).reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], copy) as Record<
    string | number,
    unknown
  >;
  const key = where[where.length - 1] as string | number;
  const was = parent[key];
  switch (r.int(7)) {
    case 0:
      delete parent[key];
      break;
    case 1:
      parent[key] = typeof was === 'string' ? was.repeat(1 + r.int(3)) + 'z'.repeat(1_000 + r.int(60_000)) : junk(r);
      break;
    case 2:
      parent[key] = typeof was === 'number' ? r.pick(NUMBERS) : r.pick(NUMBERS);
      break;
    case 3:
      parent[key] = typeof was === 'string' ? `${was}${r.pick(['\0', '\n', '\u001f', '\u007f'])}` : r.pick(NASTY_STRINGS);
      break;
    case 4:
      if (parent && typeof parent === 'object' && !Array.isArray(parent)) parent[r.pick(['extra', ...NASTY_STRINGS])] = junk(r);
      else parent[key] = junk(r);
      break;
    case 5:
      parent[key] = deep(100 + r.int(1_500), r.chance(0.5));
      break;
    default:
      parent[key] = junk(r);
  }
  return copy;
}

/** Row counts and a hash of every table's contents: equal before and after means the library did not change. */
export function librarySnapshot(db: DatabaseSync): string {
  const hash = createHash('sha256');
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
  for (const { name } of tables) {
    const rows = db.prepare(`SELECT * FROM "${name.replace(/"/g, '""')}"`).all();
    hash.update(`${name}:${rows.length}\n`);
    for (const row of rows)
      hash.update(
        JSON.stringify(row, (_k, v) =>
          typeof v === 'bigint' ? `${v}n` : v instanceof Uint8Array ? Buffer.from(v).toString('base64') : v,
        ),
      );
  }
  return hash.digest('hex');
}

/** How many rows this connection has written since it opened; unchanged means nothing was written. */
export function writes(db: DatabaseSync): number {
  return Number((db.prepare('SELECT total_changes() AS n').get() as { n: number }).n);
}
