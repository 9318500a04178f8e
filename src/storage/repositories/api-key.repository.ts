import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  rateLimit: number;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const toKey = (r: DB['api_keys']): ApiKey => ({
  id: r.id,
  name: r.name,
  prefix: r.prefix,
  rateLimit: r.rate_limit,
  createdAt: new Date(r.created_at),
  lastUsedAt: r.last_used_at ? new Date(r.last_used_at) : null,
  revokedAt: r.revoked_at ? new Date(r.revoked_at) : null,
});

export class ApiKeyRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(key: ApiKey, keyHash: string): Promise<void> {
    await this.db
      .insertInto('api_keys')
      .values({
        id: key.id,
        name: key.name,
        key_hash: keyHash,
        prefix: key.prefix,
        rate_limit: key.rateLimit,
        created_at: key.createdAt.toISOString(),
        last_used_at: null,
        revoked_at: null,
      })
      .execute();
  }

  async findByHash(keyHash: string): Promise<ApiKey | null> {
    const r = await this.db
      .selectFrom('api_keys')
      .selectAll()
      .where('key_hash', '=', keyHash)
      .executeTakeFirst();
    return r ? toKey(r) : null;
  }

  async list(): Promise<ApiKey[]> {
    return (await this.db.selectFrom('api_keys').selectAll().orderBy('created_at').execute()).map(toKey);
  }

  async revoke(id: string, at: Date): Promise<boolean> {
    const r = await this.db
      .updateTable('api_keys')
      .set({ revoked_at: at.toISOString() })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async touch(id: string, at: Date): Promise<void> {
    await this.db
      .updateTable('api_keys')
      .set({ last_used_at: at.toISOString() })
      .where('id', '=', id)
      .execute();
  }
}
