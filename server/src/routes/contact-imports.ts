/**
 * The viewer's contact imports (ContactImports): begin, continue, cancel and undo are POSTs (the CORS policy
 * allows GET and POST only), each one transaction (rules/contact-imports.ts); the latest is a GET. Whose import it
 * is, is the token's subject, never a field of the body; another viewer's import is `not-found`.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { latestImport } from '../rules/contact-import-marker.js';
import { beginImport, cancelImport, continueImport, undoImport } from '../rules/contact-imports.js';
import * as S from '../schemas-imports.js';
import type { ContactsService } from '../service.js';
import { errors, json, type AppEnv } from './env.js';

const security = [{ bearer: [] }];
const result = json(S.ContactImportResult, 'The marker and the change (null when no contact was written or put back)');

export function contactImportRoutes(app: OpenAPIHono<AppEnv>, service: ContactsService): void {
  const begin = createRoute({
    method: 'post',
    path: '/contact-imports',
    summary: 'Checks and stores an import plan with its marker at 0, writing no contact (beginContactImport)',
    security,
    request: { body: { content: { 'application/json': { schema: S.ContactImportPlan } }, required: true } },
    responses: { 200: result, ...errors },
  });
  app.openapi(begin, async (c) => {
    const plan = c.req.valid('json');
    const done = await service.changeOwn(c.var.viewerId, async (tx, now) => ({
      result: await beginImport(tx, c.var.viewerId, plan, now),
      ids: [],
    }));
    return c.json({ import: done.result, change: done.change }, 200);
  });

  const step = (path: 'cancel' | 'undo', summary: string) =>
    createRoute({
      method: 'post',
      path: `/contact-imports/{id}/${path}`,
      summary,
      security,
      request: { params: S.ImportIdParam },
      responses: { 200: result, ...errors },
    });

  const next = createRoute({
    method: 'post',
    path: '/contact-imports/{id}/continue',
    summary: 'Writes the next chunk of a running import and moves its marker (continueContactImport)',
    security,
    request: { params: S.ImportIdParam, body: { content: { 'application/json': { schema: S.ContinueImportBody } }, required: true } },
    responses: { 200: result, ...errors },
  });
  app.openapi(next, async (c) => {
    const { id } = c.req.valid('param');
    const { limit } = c.req.valid('json');
    const done = await service.changeOwn(c.var.viewerId, async (tx, now) => {
      const { status, ids } = await continueImport(tx, c.var.viewerId, id, limit, now);
      return { result: status, ids };
    });
    return c.json({ import: done.result, change: done.change }, 200);
  });

  app.openapi(step('cancel', 'Stops a running import; what it wrote stays until undone (cancelContactImport)'), async (c) => {
    const { id } = c.req.valid('param');
    const done = await service.changeOwn(c.var.viewerId, async (tx) => ({ result: await cancelImport(tx, c.var.viewerId, id), ids: [] }));
    return c.json({ import: done.result, change: done.change }, 200);
  });

  app.openapi(step('undo', 'Puts back what every write of the import replaced (undoContactImport)'), async (c) => {
    const { id } = c.req.valid('param');
    const done = await service.changeOwn(c.var.viewerId, async (tx) => {
      const { status, ids } = await undoImport(tx, c.var.viewerId, id);
      return { result: status, ids };
    });
    return c.json({ import: done.result, change: done.change }, 200);
  });

  const latest = createRoute({
    method: 'get',
    path: '/contact-imports/latest',
    summary: 'The viewer\u2019s most recent import, or null (latestContactImport)',
    security,
    responses: { 200: json(S.LatestImportResult, 'The marker'), ...errors },
  });
  app.openapi(latest, async (c) => c.json({ import: await service.read((tx) => latestImport(tx, c.var.viewerId)) }, 200));
}
