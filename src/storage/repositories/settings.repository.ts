import type { Kysely } from 'kysely';
import type { Language } from '../../domain/site.ts';
import type { DB } from '../schema.ts';

/** Key → JSON value. Values are parsed and validated by the service that owns them. */
export class SettingsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async getAll(): Promise<Record<string, unknown>> {
    const rows = await this.db.selectFrom('settings').selectAll().execute();
    return Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  }

  /** One setting's value, or undefined when it was never stored. */
  async get(key: string): Promise<unknown> {
    const r = await this.db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
    return r ? (JSON.parse(r.value) as unknown) : undefined;
  }

  async set(key: string, value: unknown): Promise<void> {
    const json = JSON.stringify(value);
    await this.db
      .insertInto('settings')
      .values({ key, value: json })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: json }))
      .execute();
  }
}

export class LanguageRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async list(): Promise<Language[]> {
    const rows = await this.db.selectFrom('languages').selectAll().orderBy('position').execute();
    return rows.map((r) => ({ code: r.code, name: r.name, isDefault: r.is_default === 1 }));
  }

  /** Makes the table hold exactly these languages in this order (rows still referenced are kept). */
  async upsertAll(languages: Language[]): Promise<void> {
    for (const [position, l] of languages.entries()) {
      const values = { code: l.code, name: l.name, is_default: l.isDefault ? 1 : 0, position };
      await this.db
        .insertInto('languages')
        .values(values)
        .onConflict((oc) =>
          oc.column('code').doUpdateSet({ name: values.name, is_default: values.is_default, position }),
        )
        .execute();
    }
  }
}
