import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../domain/errors.ts';
import type { ApiKey, Store } from '../../storage/repositories/index.ts';
import { uuid, type Clock, type IdGenerator } from '../deps.ts';
import { validate } from '../validate.ts';

const KEY_PREFIX = 'nd_';
const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

export const newApiKeySchema = z.object({
  name: z.string().trim().min(1, 'is required').max(120),
  /** Requests per minute for this key. */
  rateLimit: z.number().int().min(1).max(100_000).default(120),
});

/** Content API keys: created by admins, shown once, stored as hashes, revocable. */
export class ApiKeyService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly newId: IdGenerator = uuid,
  ) {}

  async create(input: z.input<typeof newApiKeySchema>): Promise<{ key: string; record: ApiKey }> {
    const { name, rateLimit } = validate(newApiKeySchema, input);
    const key = `${KEY_PREFIX}${randomBytes(24).toString('base64url')}`;
    const record: ApiKey = {
      id: this.newId(),
      name,
      prefix: key.slice(0, 10),
      rateLimit,
      createdAt: this.clock.now(),
      lastUsedAt: null,
      revokedAt: null,
    };
    await this.store.repos.apiKeys.insert(record, hashKey(key));
    return { key, record };
  }

  /** The key's record when the key is valid and not revoked; null otherwise. */
  async authenticate(key: string): Promise<ApiKey | null> {
    if (!key.startsWith(KEY_PREFIX) || key.length > 100) return null;
    const record = await this.store.repos.apiKeys.findByHash(hashKey(key));
    if (!record || record.revokedAt) return null;
    const now = this.clock.now();
    // Note use at most once a minute per key: a read API must not write on every request.
    if (!record.lastUsedAt || now.getTime() - record.lastUsedAt.getTime() > 60_000)
      await this.store.repos.apiKeys.touch(record.id, now);
    return record;
  }

  list(): Promise<ApiKey[]> {
    return this.store.repos.apiKeys.list();
  }

  async revoke(id: string): Promise<void> {
    if (!(await this.store.repos.apiKeys.revoke(id, this.clock.now()))) {
      throw new AppError('NOT_FOUND', `no active API key with id ${id}`);
    }
  }
}
export type { ApiKey } from '../../storage/repositories/index.ts';
