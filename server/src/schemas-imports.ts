/**
 * The bodies of the contact-import routes (ContactImports), as zod schemas that also generate `GET /openapi.json`.
 * A plan's writes are checked by the library's own rule (checkImportPlan), so a refusal names the write
 * (`writes[3].emails[0].value: …`) as in every adapter; the schema documents them.
 */
import { z } from '@hono/zod-openapi';
import { Change, id } from './schemas.js';
import { CONTACT_IMPORT_LIMITS, CONTACT_IMPORT_STATES } from './shared.js';

export const ImportIdParam = z.object({ id: id('import id').openapi({ param: { name: 'id', in: 'path' } }) });

export const ContactImportPlan = z
  .object(
    {
      source: z.unknown().optional().openapi({ type: 'string', maxLength: 500, description: 'What the user imported from.' }),
      writes: z.unknown().openapi({
        type: 'array',
        maxItems: CONTACT_IMPORT_LIMITS.writes,
        description: 'The cards to write, in order: a new contact, or with `mergeInto` the new fields of one of the viewer\u2019s.',
        items: {
          type: 'object',
          required: ['contact'],
          properties: { mergeInto: { type: 'string' }, contact: { $ref: '#/components/schemas/ContactInput' } },
        },
      }),
    },
    { error: 'An import plan must be an object with writes.' },
  )
  .openapi('ContactImportPlan');

export const ContinueImportBody = z
  .object({
    limit: z
      .unknown()
      .optional()
      .openapi({ type: 'integer', minimum: 1, maximum: CONTACT_IMPORT_LIMITS.chunk, description: 'Writes in this chunk (clamped).' }),
  })
  .openapi('ContinueImportBody');

export const ContactImportStatus = z
  .object({
    id: z.string(),
    state: z.enum(CONTACT_IMPORT_STATES),
    source: z.string(),
    total: z.number().int(),
    done: z.number().int().openapi({ description: 'Writes made, in plan order (the marker).' }),
    merges: z.number().int(),
    startedAt: z.number(),
  })
  .openapi('ContactImportStatus');

export const ContactImportResult = z
  .object({ import: ContactImportStatus, change: Change.nullable() })
  .openapi('ContactImportResult', { description: 'The marker, and the change when contacts were written or put back.' });
export const LatestImportResult = z.object({ import: ContactImportStatus.nullable() }).openapi('LatestImportResult');
