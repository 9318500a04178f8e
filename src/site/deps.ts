import type { MessageCatalogs } from '../lib/messages.ts';
import type { ArticleReader } from '../services/articles/article-reader.ts';
import type { Clock } from '../services/deps.ts';
import type { SearchService } from '../services/search/search.service.ts';
import type { ViewCounter } from '../services/analytics/view-counter.ts';
import type { AnalysisService } from '../services/analysis/analysis.service.ts';
import type { StoryService } from '../services/stories/story.service.ts';
import type { SiteService } from '../services/site/site.service.ts';
import type { TaxonomyService } from '../services/taxonomy/taxonomy.service.ts';
import type { RedirectService } from '../services/redirects/redirect.service.ts';
import type { LiveBlogService } from '../services/live/live-blog.service.ts';
import type { AssetManifest } from './assets.ts';

/** What the reader site needs, handed over by the composition root. */
export interface SiteDeps {
  site: SiteService;
  reader: ArticleReader;
  taxonomy: TaxonomyService;
  assets: AssetManifest;
  messages: MessageCatalogs;
  search: SearchService;
  views: ViewCounter;
  analysis: AnalysisService;
  stories: StoryService;
  clock: Clock;
  /** Old addresses (imported permalinks) answered with 301 when no page is found. */
  redirects: RedirectService;
  /** Live blogs: the article page shows their entries. */
  live: LiveBlogService;
}
