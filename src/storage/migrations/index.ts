import type { Migration } from 'kysely';
import * as m0001 from './0001_initial.ts';
import * as m0002 from './0002_localised_names.ts';
import * as m0003 from './0003_search.ts';
import * as m0004 from './0004_article_views.ts';
import * as m0005 from './0005_api_keys.ts';
import * as m0006 from './0006_outbox_webhooks.ts';
import * as m0007 from './0007_article_analysis.ts';
import * as m0008 from './0008_entities_stories.ts';
import * as m0009 from './0009_analysis_corrections.ts';
import * as m0010 from './0010_users_sessions_audit.ts';
import * as m0011 from './0011_search_rowids.ts';
import * as m0012 from './0012_newsroom_workflow.ts';
import * as m0013 from './0013_media.ts';
import * as m0014 from './0014_account_tokens.ts';
import * as m0015 from './0015_clean_unsafe_urls.ts';
import * as m0016 from './0016_two_factor.ts';
import * as m0017 from './0017_story_facts_gate.ts';
import * as m0018 from './0018_pending_changes.ts';
import * as m0019 from './0019_search_prefixes.ts';
import * as m0020 from './0020_search_filter_columns.ts';
import * as m0021 from './0021_author_profiles.ts';
import * as m0022 from './0022_redirects_import_map.ts';
import * as m0023 from './0023_portrait_alt.ts';
import * as m0024 from './0024_wire.ts';
import * as m0025 from './0025_live_blogs.ts';

/** Every migration in order. Names sort; each file is frozen once it has landed. */
export const migrations: Record<string, Migration> = {
  '0001_initial': m0001,
  '0002_localised_names': m0002,
  '0003_search': m0003,
  '0004_article_views': m0004,
  '0005_api_keys': m0005,
  '0006_outbox_webhooks': m0006,
  '0007_article_analysis': m0007,
  '0008_entities_stories': m0008,
  '0009_analysis_corrections': m0009,
  '0010_users_sessions_audit': m0010,
  '0011_search_rowids': m0011,
  '0012_newsroom_workflow': m0012,
  '0013_media': m0013,
  '0014_account_tokens': m0014,
  '0015_clean_unsafe_urls': m0015,
  '0016_two_factor': m0016,
  '0017_story_facts_gate': m0017,
  '0018_pending_changes': m0018,
  '0019_search_prefixes': m0019,
  '0020_search_filter_columns': m0020,
  '0021_author_profiles': m0021,
  '0022_redirects_import_map': m0022,
  '0023_portrait_alt': m0023,
  '0024_wire': m0024,
  '0025_live_blogs': m0025,
};
