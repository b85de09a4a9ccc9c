// The names of every method and event, without schemas, so the preload can stay tiny.
export const METHOD_NAMES = [
  'app.info',
  'library.list',
  'library.get',
  'library.search',
  'library.import',
  'library.importText',
  'books.list',
  'books.create',
  'books.get',
  'books.update',
  'books.remove',
  'books.addPoint',
  'books.updatePoint',
  'books.movePoint',
  'books.deletePoint',
  'pdf.export',
  'pdf.cancel',
] as const;
export type MethodName = (typeof METHOD_NAMES)[number];

export const EVENT_NAMES = ['pdf.progress', 'library.changed'] as const;
export type EventName = (typeof EVENT_NAMES)[number];
