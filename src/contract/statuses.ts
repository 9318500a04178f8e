/** The statuses as values for the browser app: this module pulls in no schema (and no zod). */
export { articleStatuses, type ArticleStatus } from '../domain/statuses.ts';
