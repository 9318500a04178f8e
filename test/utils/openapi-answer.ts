import { z } from 'zod';

/**
 * The parts of an OpenAPI document (src/api/openapi.ts writes them) that tests read, so they read
 * a typed value instead of `any`; a document of another shape fails the test where it is parsed.
 */

/** A JSON Schema node as z.toJSONSchema writes it: only the keywords tests look at are typed. */
export interface JsonSchemaNode {
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
}

const jsonSchemaNode: z.ZodType<JsonSchemaNode> = z.looseObject({
  type: z.union([z.string(), z.array(z.string())]).optional(),
  enum: z.array(z.unknown()).optional(),
  get properties() {
    return z.record(z.string(), jsonSchemaNode).optional();
  },
  get items() {
    return jsonSchemaNode.optional();
  },
});

const operation = z.object({
  operationId: z.string().optional(),
  parameters: z.array(z.object({ name: z.string(), in: z.string(), required: z.boolean() })).optional(),
  responses: z.record(
    z.string(),
    z.object({ content: z.record(z.string(), z.object({ schema: jsonSchemaNode.optional() })).optional() }),
  ),
});
export type OpenApiOperation = z.output<typeof operation>;

export const openApiAnswer = z.object({
  openapi: z.string(),
  paths: z.record(z.string(), z.record(z.string(), operation)),
  components: z.object({ schemas: z.record(z.string(), jsonSchemaNode) }),
});

/** The schema of an operation's answer with this status and media type (undefined when not declared). */
export const answerSchema = (
  op: OpenApiOperation | undefined,
  status: string,
  type = 'application/json',
): JsonSchemaNode | undefined => op?.responses[status]?.content?.[type]?.schema;
