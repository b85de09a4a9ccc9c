// The `briefbook` command line: parses arguments and hands each verb to electron/node/cli/commands.ts.
import { parseArgs } from 'node:util';
import {
  CliError,
  type Flags,
  runBook,
  runBooks,
  runDemo,
  runExport,
  runImport,
  runRecord,
  runRecords,
  runSearch,
  runServe,
  runSettings,
} from './cli/commands.ts';
import { runDesk, runDeskServer } from './cli/desk.ts';
import { runPeople } from './cli/people.ts';
import { runCommitments, runTopics } from './cli/topics.ts';
import { USAGE } from './cli/usage.ts';
import { printable } from './rpc/printable.ts';

const OPTIONS = {
  data: { type: 'string' },
  json: { type: 'boolean' },
  title: { type: 'string' },
  classification: { type: 'string' },
  section: { type: 'string' },
  out: { type: 'string' },
  port: { type: 'string' },
  topic: { type: 'string' },
  country: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  token: { type: 'string' },
  postgres: { type: 'string' },
  accredited: { type: 'string' },
  'tls-cert': { type: 'string' },
  'tls-key': { type: 'string' },
  host: { type: 'string' },
  redis: { type: 'string' },
  name: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`briefbook: ${(error as Error).message.split('\n')[0]} Run \`briefbook --help\` for usage.`, 2);
  }
  const { values, positionals } = parsed;
  const [verb, ...args] = positionals;
  if (values.help || !verb || verb === 'help') {
    console.log(USAGE);
    return verb || values.help ? 0 : 2;
  }
  const flags: Flags = values;
  switch (verb) {
    case 'import':
      return runImport(args, flags);
    case 'records':
      return runRecords(flags);
    case 'record':
      return runRecord(args, flags);
    case 'search':
      return runSearch(args, flags);
    case 'books':
      return runBooks(flags);
    case 'book':
      return runBook(args, flags);
    case 'export':
      return runExport(args, flags);
    case 'serve':
      return runServe(flags);
    case 'topics':
      return runTopics(flags);
    case 'commitments':
      return runCommitments(flags);
    case 'settings':
      return runSettings(args, flags);
    case 'people':
      return runPeople(args, flags);
    case 'demo':
      return runDemo(flags);
    case 'desk':
      return runDesk(args, flags);
    case 'desk-server':
      return runDeskServer(args, flags);
    default:
      throw new CliError(`briefbook: unknown command “${verb}”. Run \`briefbook --help\` for the list.`, 2);
  }
}

/**
 * A reader that stops early (`briefbook commitments | head -1`) closes the pipe: that is the reader's
 * choice, not a failure, so Briefbook stops quietly with exit 0 instead of printing EPIPE.
 */
function endQuietlyWhenTheReaderStops(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      throw error;
    });
  }
}

export async function run(argv: string[]): Promise<void> {
  endQuietlyWhenTheReaderStops();
  try {
    process.exitCode = await main(argv);
  } catch (error) {
    if (error instanceof CliError) {
      // One line, whatever the file names in it hold.
      const message = printable(error.message);
      console.error(message.startsWith('briefbook:') ? message : `briefbook: ${message}`);
      process.exitCode = error.exitCode;
    } else {
      console.error(`briefbook: something went wrong: ${printable(String((error as Error)?.message ?? error))}`);
      if (process.env.BRIEFBOOK_DEBUG) console.error(error);
      process.exitCode = 1;
    }
  }
}

if (import.meta.main) await run(process.argv.slice(2));
