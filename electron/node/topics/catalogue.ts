// The topics Briefbook ships with for bilateral diplomacy, each with the names both sides use.
// Bump CATALOGUE_VERSION when this list changes so existing libraries pick up the additions.

import { COOPERATION_TOPICS } from './catalogue-cooperation.ts';
import { REGION_TOPICS } from './catalogue-region.ts';
import type { CatalogueTopic } from './catalogue-types.ts';

export type { CatalogueAlias, CatalogueTopic } from './catalogue-types.ts';

export const CATALOGUE_VERSION = 1;

export const CATALOGUE: readonly CatalogueTopic[] = [...COOPERATION_TOPICS, ...REGION_TOPICS];
