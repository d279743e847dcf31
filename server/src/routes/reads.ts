/** The read endpoints: one route per contract read, its query and response as schemas. */
import { createRoute, type OpenAPIHono, type RouteConfig, type z } from '@hono/zod-openapi';
import * as reads from '../rules/reads.js';
import { searchPeople } from '../rules/people-search.js';
import * as network from '../rules/network.js';
import { requirePerson, requireVisible } from '../rules/graph.js';
import * as S from '../schemas.js';
import { decodeSuggestionCursor, MUTUAL_LIMITS, mutualIds, mutualLimit, PAGE_SIZES, pageSize, queryWords } from '../shared.js';
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
    return c.json(await service.read(async (tx) => (await requireVisible(tx, v, id)).person), 200);
  });

  app.openapi(route('/people', 'People in a filter matching a query, in name order', S.PeoplePage, { query: S.SearchQuery }), async (c) => {
    const q = c.req.valid('query');
    const filter = q.filter ?? 'all';
    const limit = q.limit ?? PAGE_SIZES.people.default;
    if (filter === 'suggested') {
      const suggested = { words: queryWords(q.query), after: decodeSuggestionCursor(q.cursor), limit, now: service.time() };
      return c.json(await service.read((tx) => network.getSuggestedPeople(tx, c.var.viewerId, suggested)), 200);
    }
    const input = {
      query: q.query,
      filter,
      cursor: q.cursor,
      limit,
      now: service.time(),
    };
    return c.json(await service.read((tx) => searchPeople(tx, c.var.viewerId, input)), 200);
  });

  app.openapi(
    route('/people/{id}/mutual', 'The people both the viewer and a person are connected with', S.MutualConnections, {
      params: S.PersonIdParam,
      query: S.MutualQuery,
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const limit = c.req.valid('query').limit ?? MUTUAL_LIMITS.default;
      return c.json(await service.read((tx) => reads.getMutualConnections(tx, c.var.viewerId, id, limit)), 200);
    },
  );

  // A POST: a page of ids may not fit in a URL. It changes nothing; the library's checks give the words.
  const mutualFor = createRoute({
    method: 'post',
    path: '/mutual',
    summary: 'The mutual connections of each of a page of people',
    security: [{ bearer: [] }],
    request: { body: { content: { 'application/json': { schema: S.MutualBody } }, required: true } },
    responses: { 200: json(S.MutualSummaries, 'OK'), ...errors },
  });
  app.openapi(mutualFor, async (c) => {
    const body = c.req.valid('json');
    const ids = mutualIds(body.ids);
    const limit = mutualLimit(body.limit);
    return c.json({ items: await service.read((tx) => network.getMutualSummaries(tx, c.var.viewerId, ids, limit)) }, 200);
  });

  app.openapi(route('/suggestions', 'People the viewer may know, ranked', S.SuggestionsPage, { query: S.SuggestionsQuery }), async (c) => {
    const q = c.req.valid('query');
    const after = decodeSuggestionCursor(q.cursor);
    const limit = pageSize('suggestions', q.limit === undefined ? undefined : Number(q.limit));
    return c.json(await service.read((tx) => network.getSuggestions(tx, c.var.viewerId, after, limit, service.time())), 200);
  });

  app.openapi(route('/counts', 'The home view\u2019s numbers', S.Counts, {}), async (c) =>
    c.json(await service.read((tx) => reads.getCounts(tx, c.var.viewerId, service.time())), 200),
  );

  app.openapi(
    route('/relationships/{id}', 'The viewer\u2019s relationship with a person', S.Relationship, { params: S.PersonIdParam }),
    async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await service.read((tx) => reads.getRelationship(tx, c.var.viewerId, id, service.time())), 200);
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

  app.openapi(
    route('/notes/{id}', 'The viewer\u2019s private note about a person', S.PrivateNote, { params: S.PersonIdParam }),
    async (c) => {
      const { id } = c.req.valid('param');
      return c.json({ text: await service.getNote(c.var.viewerId, id) }, 200);
    },
  );

  app.openapi(route('/feed', 'The viewer\u2019s feed, or one person\u2019s activities', S.FeedPage, { query: S.FeedQuery }), async (c) => {
    const q = c.req.valid('query');
    return c.json(
      await service.read((tx) =>
        reads.getFeed(tx, c.var.viewerId, {
          actorId: q.actorId,
          tab: q.tab,
          cursor: q.cursor,
          limit: q.limit ?? PAGE_SIZES.feed.default,
          now: service.time(),
        }),
      ),
      200,
    );
  });
}
