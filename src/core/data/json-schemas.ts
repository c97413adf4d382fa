import { z } from 'zod';
import {
  areaSchema,
  documentSchema,
  eventSchema,
  glossaryEntrySchema,
  planSchema,
  sourceMetaSchema,
  statSchema,
  taskSchema,
} from './schema.js';

/**
 * JSON Schemas of the data files, generated from the zod schemas so an editor completes and checks
 * them (`data/schema/*.schema.json`, mapped in .vscode/settings.json). A test keeps them current.
 */
export function dataJsonSchemas(): Record<string, unknown> {
  const list = (schema: z.ZodType): unknown => z.toJSONSchema(z.array(schema), { io: 'input' });
  return {
    'plans.schema.json': list(planSchema),
    'documents.schema.json': list(documentSchema),
    'events.schema.json': list(eventSchema),
    'areas.schema.json': list(areaSchema),
    'tasks.schema.json': list(taskSchema),
    'stats.schema.json': list(statSchema),
    'glossary.schema.json': list(glossaryEntrySchema),
    'source-front-matter.schema.json': z.toJSONSchema(sourceMetaSchema, { io: 'input', unrepresentable: 'any' }),
  };
}
