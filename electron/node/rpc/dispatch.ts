import type { z } from 'zod';
import { contract, type Output, type ParsedInput } from '../../shared/contract.ts';
import { type ApiError, BriefbookError, type Result } from '../../shared/errors.ts';
import { METHOD_NAMES, type MethodName } from '../../shared/methods.ts';
import type { ServiceContext } from './context.ts';
import { printable } from './printable.ts';

export type Handler<M extends MethodName> = (input: ParsedInput<M>, ctx: ServiceContext) => Output<M> | Promise<Output<M>>;
export type HandlerMap<M extends MethodName = MethodName> = { [K in M]: Handler<K> };

export type Dispatch = (method: string, input: unknown) => Promise<Result<unknown>>;

const known = new Set<string>(METHOD_NAMES);

export function isMethodName(name: string): name is MethodName {
  return known.has(name);
}

/** A name from the caller (a field, a method), short and on one line, to quote in a message. */
function shortName(name: string): string {
  const line = printable(name);
  return line.length > 60 ? `${line.slice(0, 60)}…` : line;
}

/** Says what is wrong with an input in words, e.g. `title must not be empty; classification must be one of …`. */
export function describeInputError(error: z.ZodError): string {
  const parts = error.issues.slice(0, 5).map((issue) => {
    const where = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys')
      return `unexpected field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.slice(0, 5).map(shortName).join(', ')}`;
    if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) return `${where || 'input'} is missing`;
    if (issue.code === 'invalid_type')
      return `${where || 'input'} must be ${issue.expected === 'object' ? 'an object' : `a ${issue.expected}`}`;
    return where ? `${where} ${issue.message}` : issue.message;
  });
  return `${parts.join('; ')}.`;
}

// What the file system says, in the user's words. A file that cannot be read or written is a fact
// about that file, not a fault in Briefbook: it answers NOT_FOUND or BAD_INPUT, never INTERNAL.
const FILE_PROBLEMS: Record<string, string> = {
  ENOENT: 'it does not exist, or its folder does not',
  ENOTDIR: 'a part of the path that should be a folder is a file',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENAMETOOLONG: 'the name is too long for the file system',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EEXIST: 'a file of that name is in the way',
  EBUSY: 'the file is in use',
  ELOOP: 'the path loops through links',
  EMFILE: 'too many files are open; try again',
  EFBIG: 'the file is too large',
};

function fileProblem(error: unknown): ApiError | null {
  const e = error as NodeJS.ErrnoException | null;
  const problem = e && typeof e.code === 'string' ? FILE_PROBLEMS[e.code] : undefined;
  if (!problem) return null;
  const where = typeof e?.path === 'string' ? ` “${printable(e.path)}”` : ' the file';
  return { code: e?.code === 'ENOENT' ? 'NOT_FOUND' : 'BAD_INPUT', message: `Briefbook could not use${where}: ${problem}.` };
}

/**
 * The one dispatch both transports use: checks the method exists, validates the input against the
 * contract, runs the handler, and always answers a Result. Nothing thrown escapes.
 */
export function createDispatch(
  handlers: HandlerMap,
  ctx: ServiceContext,
  log: (message: string) => void = console.error,
): Dispatch {
  return async (method, rawInput) => {
    if (!isMethodName(method)) {
      return {
        ok: false,
        error: { code: 'UNKNOWN_METHOD', message: `Briefbook has no operation called “${shortName(method)}”.` },
      };
    }
    const parsed = contract[method].input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      return { ok: false, error: { code: 'BAD_INPUT', message: describeInputError(parsed.error) } };
    }
    try {
      const handler = handlers[method] as Handler<MethodName>;
      const value = await handler(parsed.data as ParsedInput<MethodName>, ctx);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof BriefbookError) return { ok: false, error: { code: error.code, message: error.message } };
      const file = fileProblem(error);
      if (file) return { ok: false, error: file };
      log(`[briefbook] ${method} failed: ${(error as Error)?.stack ?? String(error)}`);
      return {
        ok: false,
        error: {
          code: 'INTERNAL',
          message: `Something went wrong in Briefbook (${method}): ${(error as Error)?.message ?? error}`,
        },
      };
    }
  };
}
