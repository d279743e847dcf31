/**
 * The viewer's contact links (ContactLinks): read a contact's link and candidates, link and unlink (POSTs, as the
 * CORS policy allows GET and POST only), and read the contact linked to a member. The viewer is the token's subject.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { readContactLink, readLinkedContact } from '../rules/contact-links.js';
import * as S from '../schemas.js';
import type { ContactsService } from '../service.js';
import { errors, json, type AppEnv } from './env.js';

export function contactLinkRoutes(app: OpenAPIHono<AppEnv>, service: ContactsService): void {
  const security = [{ bearer: [] }];
  const read = createRoute({
    method: 'get',
    path: '/contacts/{id}/link',
    summary: 'The member one of the viewer\u2019s contacts is linked to, or the members it could be (getContactLink)',
    security,
    request: { params: S.ContactIdParam },
    responses: { 200: json(S.ContactLink, 'The link'), ...errors },
  });
  app.openapi(read, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await service.read((tx) => readContactLink(tx, c.var.viewerId, id)), 200);
  });

  const link = createRoute({
    method: 'post',
    path: '/contacts/{id}/link',
    summary: 'Links one of the viewer\u2019s contacts to the member with its email (linkContact)',
    security,
    request: { params: S.ContactIdParam, body: { content: { 'application/json': { schema: S.ContactLinkInput } }, required: true } },
    responses: { 200: json(S.ContactLinkResult, 'The link and its change (null when nothing changed)'), ...errors },
  });
  app.openapi(link, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await service.changeLink(c.var.viewerId, id, c.req.valid('json').memberId), 200);
  });

  const unlink = createRoute({
    method: 'post',
    path: '/contacts/{id}/unlink',
    summary: 'Removes the link of one of the viewer\u2019s contacts (unlinkContact)',
    security,
    request: { params: S.ContactIdParam },
    responses: { 200: json(S.ContactLinkResult, 'The link and its change (null when nothing changed)'), ...errors },
  });
  app.openapi(unlink, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await service.changeLink(c.var.viewerId, id, null), 200);
  });

  const linked = createRoute({
    method: 'get',
    path: '/people/{id}/linked-contact',
    summary: 'The viewer\u2019s personal contact linked to a person, or null (getLinkedContact)',
    security,
    request: { params: S.PersonIdParam },
    responses: { 200: json(S.LinkedContactResult, 'The contact'), ...errors },
  });
  app.openapi(linked, async (c) => {
    const { id } = c.req.valid('param');
    return c.json({ contact: await service.read((tx) => readLinkedContact(tx, c.var.viewerId, id)) }, 200);
  });
}
