import { transaction } from '../db/statements.ts';
import { deskPeopleEdited, patchEdits } from '../desk/people.ts';
import { getPerson, listPeople, requirePerson, resolvePerson } from '../people/directory.ts';
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
  // On a library joined to a desk, a hand edit goes into the shared directory in the same transaction.
  'people.update': ({ id, patch }, ctx) =>
    transaction(ctx.db, () => {
      const namedBefore = requirePerson(ctx.db, id).name;
      const person = updatePerson(ctx.db, id, patch);
      deskPeopleEdited(ctx.db, patchEdits(ctx.db, id, patch, namedBefore));
      return person;
    }),
  'people.addForm': ({ id, form }, ctx) =>
    transaction(ctx.db, () => {
      const person = addPersonForm(ctx.db, id, form);
      deskPeopleEdited(ctx.db, [{ kind: 'form', person: person.name, form }]);
      return person;
    }),
  'people.removeForm': ({ id, form }, ctx) =>
    transaction(ctx.db, () => {
      const namedBefore = requirePerson(ctx.db, id).name;
      const person = removePersonForm(ctx.db, id, form);
      deskPeopleEdited(ctx.db, [{ kind: 'form', person: namedBefore, form, removed: true }]);
      return person;
    }),
  'people.merge': ({ keepId, mergeId }, ctx) =>
    transaction(ctx.db, () => {
      const gone = requirePerson(ctx.db, mergeId).name;
      const person = mergePeople(ctx.db, keepId, mergeId);
      deskPeopleEdited(ctx.db, [{ kind: 'merge', keep: person.name, gone }]);
      return person;
    }),
};
