import { AppError } from '../../domain/errors.ts';
import {
  defaultSiteSettings,
  siteSettingsSchema,
  type Language,
  type SiteSettings,
} from '../../domain/site.ts';
import { languageName } from '../../lib/language-names.ts';
import type { Store } from '../../storage/repositories/index.ts';

export type SiteOverrides = Partial<
  Pick<SiteSettings, 'name' | 'baseUrl' | 'timeZone' | 'languages' | 'defaultLanguage'>
>;

/**
 * Site settings = built-in defaults, then what the newsroom stored, then what the operator set
 * in the environment (the operator always wins: an instance must be forceable from outside).
 */
export class SiteService {
  private current: SiteSettings = defaultSiteSettings;
  private languageList: Language[] = [];
  private readAt = 0;

  constructor(
    private readonly store: Store,
    private readonly overrides: SiteOverrides,
  ) {}

  /** Reads stored settings and makes the languages table match; call at start. */
  async load(): Promise<SiteSettings> {
    await this.read();
    await this.store.repos.languages.upsertAll(this.languageList);
    return this.current;
  }

  /**
   * The settings as stored now, read again when the copy in memory is older than `maxAgeMs`:
   * with several instances on one database, a change made on one reaches the others within that
   * time (used where a setting decides what readers may see).
   */
  async fresh(maxAgeMs = 5_000): Promise<SiteSettings> {
    if (Date.now() - this.readAt > maxAgeMs) {
      const languages = this.current.languages.join(',');
      await this.read();
      if (this.current.languages.join(',') !== languages)
        await this.store.repos.languages.upsertAll(this.languageList);
    }
    return this.current;
  }

  private async read(): Promise<void> {
    const stored = await this.store.repos.settings.getAll();
    const merged = { ...defaultSiteSettings, ...(stored.site as object | undefined), ...this.overrides };
    if (
      this.overrides.languages &&
      !this.overrides.defaultLanguage &&
      !merged.languages.includes(merged.defaultLanguage)
    ) {
      // No first language (an empty list) leaves the default; the schema then refuses the list.
      const [first] = merged.languages;
      if (first !== undefined) merged.defaultLanguage = first;
    }
    const parsed = siteSettingsSchema.safeParse(merged);
    if (!parsed.success) {
      // A failed parse names at least one issue; the first is reported.
      const [issue = { path: [], message: 'is not valid' }] = parsed.error.issues;
      throw new AppError('VALIDATION_FAILED', `site settings: ${issue.path.join('.')} ${issue.message}`, [
        { field: issue.path.join('.'), message: issue.message },
      ]);
    }
    this.current = parsed.data;
    this.languageList = parsed.data.languages.map((code) => ({
      code,
      name: languageName(code),
      isDefault: code === parsed.data.defaultLanguage,
    }));
    this.readAt = Date.now();
  }

  /** Stores newsroom-editable settings (operator overrides still apply on top). */
  async update(patch: Partial<SiteSettings>): Promise<SiteSettings> {
    const stored = await this.store.repos.settings.getAll();
    const next = { ...(stored.site as object | undefined), ...patch };
    const check = siteSettingsSchema.safeParse({ ...defaultSiteSettings, ...next, ...this.overrides });
    if (!check.success) {
      throw new AppError(
        'VALIDATION_FAILED',
        undefined,
        check.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })),
      );
    }
    await this.store.repos.settings.set('site', next);
    return this.load();
  }

  settings(): SiteSettings {
    return this.current;
  }

  languages(): Language[] {
    return this.languageList;
  }

  isLanguage(code: string): boolean {
    return this.current.languages.includes(code);
  }
}
