/** The read endpoints: one route per contract read, its query and response as schemas. */
import { createRoute, type OpenAPIHono, type RouteConfig, type z } from '@hono/zod-openapi';
import * as reads from '../rules/reads.js';
import { requirePerson } from '../rules/graph.js';
import * as S from '../schemas.js';
import { PAGE_SIZES } from '../shared.js';
import type { ContactsService } from '../service.js';
import type { AppEnv } from './env.js';
import { errors, json } from './env.js';

const route = <P extends string, Req extends NonNullable<RouteConfig['request']>>(
  path: P,
  summary: string,
  response: z.ZodTypeAny,
  request: Req,
) =>
  createRoute({ method: 'get', path, summary, request, security: [{ bearer: [] }], responses: { 200: json(response, 'OK'), ...errors } });

export function readRoutes(app: OpenAPIHono<AppEnv>, service: ContactsService): void {
  app.openapi(route('/viewer', 'The viewer (the token\u2019s subject)', S.Person, {}), async (c) => {
    const v = c.var.viewerId;
    return c.json(await service.read((tx) => requirePerson(tx, v, true)), 200);
  });

  app.openapi(route('/people/{id}', 'One person', S.Person, { params: S.PersonIdParam }), async (c) => {
    const { id } = c.req.valid('param');
    const v = c.var.viewerId;
    return c.json(await service.read((tx) => requirePerson(tx, id, id === v)), 200);
  });

  app.openapi(route('/people', 'People in a filter matching a query, in name order', S.PeoplePage, { query: S.SearchQuery }), async (c) => {
    const q = c.req.valid('query');
    const input = { query: q.query, filter: q.filter ?? 'all', cursor: q.cursor, limit: q.limit ?? PAGE_SIZES.people.default };
    return c.json(await service.read((tx) => reads.searchPeople(tx, c.var.viewerId, input)), 200);
  });

  app.openapi(route('/counts', 'The home view\u2019s numbers', S.Counts, {}), async (c) =>
    c.json(await service.read((tx) => reads.getCounts(tx, c.var.viewerId)), 200),
  );

  app.openapi(
    route('/relationships/{id}', 'The viewer\u2019s relationship with a person', S.Relationship, { params: S.PersonIdParam }),
    async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await service.read((tx) => reads.getRelationship(tx, c.var.viewerId, id)), 200);
    },
  );

  app.openapi(
    route('/requests/{direction}', 'Pending requests, newest first', S.RequestsPage, { params: S.DirectionParam, query: S.RequestsQuery }),
    async (c) => {
      const { direction } = c.req.valid('param');
      const q = c.req.valid('query');
      return c.json(
        await service.read((tx) =>
          reads.listRequests(tx, c.var.viewerId, direction, { cursor: q.cursor, limit: q.limit ?? PAGE_SIZES.requests.default }),
        ),
        200,
      );
    },
  );

  app.openapi(route('/feed', 'The viewer\u2019s feed, or one person\u2019s activities', S.FeedPage, { query: S.FeedQuery }), async (c) => {
    const q = c.req.valid('query');
    return c.json(
      await service.read((tx) =>
        reads.getFeed(tx, c.var.viewerId, { actorId: q.actorId, cursor: q.cursor, limit: q.limit ?? PAGE_SIZES.feed.default }),
      ),
      200,
    );
  });
}
