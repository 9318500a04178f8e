import { defaultFrontpageLayout, storedLayoutsSchema, type FrontpageLayout } from '../../domain/frontpage.ts';
import type { Store } from '../../storage/repositories/index.ts';

/** The settings key the front-page layouts are stored under (one entry per language). */
export const LAYOUTS_KEY = 'frontpage';

type Settings = Store['repos']['settings'];

/** Every language's layout in the setting's stored value (unreadable counts as none: the defaults apply). */
export function layoutsFrom(stored: unknown): Record<string, FrontpageLayout> {
  const parsed = storedLayoutsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : {};
}

/** Every language's stored layout. */
export async function storedLayouts(settings: Settings): Promise<Record<string, FrontpageLayout>> {
  return layoutsFrom(await settings.get(LAYOUTS_KEY));
}

/** A language's front-page layout: the stored one, or the default. */
export async function layoutOf(settings: Settings, language: string): Promise<FrontpageLayout> {
  return (await storedLayouts(settings))[language] ?? defaultFrontpageLayout;
}
