import type { HandlerMap } from '../rpc/dispatch.ts';
import { addAlias, createTopic, getTopic, listTopics, removeAlias } from '../topics/store.ts';
import { paragraphTopics, retagTopic, tagParagraph, untagParagraph } from '../topics/tagging.ts';
import { lastMeeting, listCounterparts, topicTimeline } from '../topics/timeline.ts';

type TopicMethods =
  | 'topics.list'
  | 'topics.create'
  | 'topics.addAlias'
  | 'topics.removeAlias'
  | 'topics.forRecord'
  | 'topics.tag'
  | 'topics.untag'
  | 'topics.counterparts'
  | 'topics.timeline'
  | 'topics.lastMeeting';

const recordOf = (paragraphId: string) => paragraphId.slice(0, paragraphId.indexOf(':'));

export const topicHandlers: HandlerMap<TopicMethods> = {
  'topics.list': (_input, ctx) => listTopics(ctx.db),
  'topics.create': ({ name, aliases }, ctx) => {
    const id = createTopic(ctx.db, name, aliases ?? []);
    retagTopic(ctx.db, id);
    return getTopic(ctx.db, id);
  },
  'topics.addAlias': ({ topicId, alias, sourceCountry }, ctx) => {
    addAlias(ctx.db, topicId, alias, sourceCountry ?? null);
    retagTopic(ctx.db, topicId);
    return getTopic(ctx.db, topicId);
  },
  'topics.removeAlias': ({ topicId, alias }, ctx) => {
    removeAlias(ctx.db, topicId, alias);
    retagTopic(ctx.db, topicId);
    return getTopic(ctx.db, topicId);
  },
  'topics.forRecord': ({ recordId }, ctx) => paragraphTopics(ctx.db, recordId),
  'topics.tag': ({ paragraphId, topicId }, ctx) => {
    tagParagraph(ctx.db, paragraphId, topicId);
    return paragraphTopics(ctx.db, recordOf(paragraphId));
  },
  'topics.untag': ({ paragraphId, topicId }, ctx) => {
    untagParagraph(ctx.db, paragraphId, topicId);
    return paragraphTopics(ctx.db, recordOf(paragraphId));
  },
  'topics.counterparts': (_input, ctx) => listCounterparts(ctx.db),
  'topics.timeline': ({ topic, counterpart }, ctx) => topicTimeline(ctx.db, topic, counterpart),
  'topics.lastMeeting': ({ counterpart }, ctx) => lastMeeting(ctx.db, counterpart),
};
