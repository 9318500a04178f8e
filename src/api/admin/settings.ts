import { storyFactsModes } from '../../domain/site.ts';
import type { AnalysisService } from '../../services/analysis/analysis.service.ts';
import { storySettingsBody, storySettingsSchema } from '../../contract/analysis.ts';
import { dataOf } from '../../contract/wire.ts';
import { endpoint, type AdminEndpoint } from './admin-endpoint.ts';

export interface SettingsApiDeps {
  analysis: AnalysisService;
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
