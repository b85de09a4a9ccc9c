import { CLASSIFICATIONS, DEFAULT_CLASSIFICATION } from '../../shared/classification.ts';

export const USAGE = `Usage: briefbook <command> [options]

Commands:
  import <file|folder>...            import meeting records (.txt .md .html .pdf .docx); one line per file
  records                            list the records in the library
  record <recordId>                  show one record with its numbered paragraphs
  search <query> [--topic T] [--country C] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                                     search every paragraph (diacritics ignored; a topic's
                                     other names count: "SCS" finds "Biển Đông")
  topics                             the topics and their aliases, with paragraph counts
  commitments [--country C]          the commitment ledger: who promised what, when, status
  people [query]                     the people directory: every name form, role and record count
  people merge <keepId> <mergeId>    two entries are one person: forms, roles and records move
  books                              list briefing books
  book new --title T [--classification C]
                                     create a book; prints its id
  book add <bookId> <recordId> <paragraphId> [--section S]
                                     add a record paragraph as a talking point
  book show <bookId>                 show a book with its sections and points
  book save <bookId> --out FILE.briefbook
                                     save a book and the records it cites as one file
  book open FILE.briefbook           open a shared book (its records join the library once)
  export <bookId> --out FILE.pdf     export a book as a PDF
  settings get [country]             the desk's own country ("we" in drafted talking points)
  settings set country <name>        set it: "United States", "UK", "Japan", "ROK"…
  serve [--port N]                   run the app in your browser at 127.0.0.1
  demo --out FILE.pdf                build a sample briefing book from the sample records
  desk join <wss://URL> --token T    join this library to the desk server (an officer's token)
  desk sync                          send this laptop's changes, receive the others'; then exit
  desk status                        the desk joined and the changes waiting to be sent
  desk restrict <bookId> [officer]...
                                     open a book only to named officers (none: the whole desk)
  desk-server --postgres URL [--port N] [--accredited MARKING] [--tls-cert F --tls-key F]
              [--host H] [--redis redis://H:P]
                                     run the desk server (plain ws:// on loopback only)
  desk-server token --postgres URL --name NAME
                                     issue an officer's token (prints it once)

Options for every command:
  --data DIR      the library folder (default: $BRIEFBOOK_DATA, else Briefbook's user-data folder)
  --json          print machine-readable JSON
  -h, --help      show this help

Classifications: ${CLASSIFICATIONS.map((c) => (c === DEFAULT_CLASSIFICATION ? `${c} (default)` : c)).join(', ')}.
Sections: objectives, key-messages, talking-points (default), if-raised, background,
          commitments, participants, programme.`;
