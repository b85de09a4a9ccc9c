import { getPerson, listPeople, resolvePerson } from '../people/directory.ts';
import { addPersonForm, mergePeople, removePersonForm, updatePerson } from '../people/edit.ts';
import type { HandlerMap } from '../rpc/dispatch.ts';

type PeopleMethods =
  | 'people.list'
  | 'people.get'
  | 'people.resolve'
  | 'people.update'
  | 'people.addForm'
  | 'people.removeForm'
  | 'people.merge';

export const peopleHandlers: HandlerMap<PeopleMethods> = {
  'people.list': ({ query }, ctx) => listPeople(ctx.db, query ?? ''),
  'people.get': ({ id }, ctx) => getPerson(ctx.db, id),
  'people.resolve': ({ name }, ctx) => resolvePerson(ctx.db, name),
  'people.update': ({ id, patch }, ctx) => updatePerson(ctx.db, id, patch),
  'people.addForm': ({ id, form }, ctx) => addPersonForm(ctx.db, id, form),
  'people.removeForm': ({ id, form }, ctx) => removePersonForm(ctx.db, id, form),
  'people.merge': ({ keepId, mergeId }, ctx) => mergePeople(ctx.db, keepId, mergeId),
};
