import { storyFactsModes } from '../../domain/site.ts';
import type { AnalysisService } from '../../services/analysis/analysis.service.ts';
import { storySettingsBody, storySettingsSchema } from '../../contract/analysis.ts';
import { dataOf } from '../../contract/wire.ts';
import { siteSettingsAnswer } from '../../contract/site-settings.ts';
import { siteSettingsPatch, type SiteSettingsDesk } from '../../services/site/site-settings-desk.ts';
import { endpoint, type AdminEndpoint } from './admin-endpoint.ts';

export interface SettingsApiDeps {
  analysis: AnalysisService;
  /** The site-wide settings admins change (name, tagline, page size, text size, publisher). */
  siteSettings: SiteSettingsDesk;
}

/**
 * Site settings admins change from the newsroom: what readers see of story intelligence
 * (`storyFacts`: review, auto or off). Every change goes to the audit log.
 */
export function settingsEndpoints(deps: SettingsApiDeps): AdminEndpoint[] {
  const current = async () => ({
    data: {
      storyFacts: await deps.analysis.mode(),
      modes: [...storyFactsModes],
      autoThreshold: deps.analysis.autoThreshold,
    },
  });
  return [
    endpoint({
      method: 'GET',
      path: '/settings/site',
      operationId: 'getSiteSettings',
      summary: "The site's name, tagline, page size, text-size bounds and publisher details",
      access: 'settings.manage',
      response: siteSettingsAnswer,
      handler: async () => ({ data: await deps.siteSettings.current() }),
    }),
    endpoint({
      method: 'PUT',
      path: '/settings/site',
      operationId: 'setSiteSettings',
      summary: 'Change site-wide settings (any of the fields); every cached page is purged',
      access: 'settings.manage',
      response: siteSettingsAnswer,
      body: siteSettingsPatch,
      handler: async ({ body, user }) => ({ data: await deps.siteSettings.change(user.id, body) }),
    }),
    endpoint({
      method: 'GET',
      path: '/settings/story',
      operationId: 'getStorySettings',
      summary:
        'What readers see of story intelligence: review (approved items), auto (also confident ones) or off',
      access: 'settings.manage',
      response: dataOf(storySettingsSchema),
      handler: async () => current(),
    }),
    endpoint({
      method: 'PUT',
      path: '/settings/story',
      operationId: 'setStorySettings',
      summary: 'Change what readers see of story intelligence: {storyFacts: "review" | "auto" | "off"}',
      access: 'settings.manage',
      response: dataOf(storySettingsSchema),
      body: storySettingsBody,
      handler: async ({ body, user }) => {
        await deps.analysis.setMode(body, user.id);
        return current();
      },
    }),
  ];
}
