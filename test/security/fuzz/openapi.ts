/** The two OpenAPI documents read as request specs: what each operation takes, by route. */
import type { JsonSchema } from '../../utils/fuzz.ts';

/** What the OpenAPI documents say one operation takes: path and query parameters, a JSON body. */
export interface Spec {
  params: Record<string, JsonSchema>;
  query: { name: string; required: boolean; schema: JsonSchema }[];
  body: JsonSchema | null;
}

/** The OpenAPI documents' operations by route (`GET /admin/api/articles/:id`). */
export function specsOf(
  docs: { paths: Record<string, Record<string, Record<string, unknown>>> }[],
): Map<string, Spec> {
  const specs = new Map<string, Spec>();
  for (const doc of docs) {
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const parameters = (op.parameters ?? []) as {
          name: string;
          in: string;
          required: boolean;
          schema: JsonSchema;
        }[];
        const body = (op.requestBody as { content?: Record<string, { schema: JsonSchema }> } | undefined)
          ?.content?.['application/json']?.schema;
        specs.set(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`, {
          params: Object.fromEntries(
            parameters.filter((p) => p.in === 'path').map((p) => [p.name, p.schema]),
          ),
          query: parameters.filter((p) => p.in === 'query'),
          body: body ?? null,
        });
      }
    }
  }
  return specs;
}
