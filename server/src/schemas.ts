/**
 * Every request and response body, as zod schemas. The routes validate requests with them and the same
 * schemas generate `GET /openapi.json`. Messages are the IndexedDB adapter's, word for word.
 */
import { z } from '@hono/zod-openapi';
import {
  CHANGE_TOPICS,
  MAX_ID_LENGTH,
  FEED_TABS,
  MUTE_DURATIONS,
  MUTUAL_LIMITS,
  PAGE_SIZES,
  PEOPLE_FILTERS,
  RELATIONSHIP_MUTATIONS,
  REQUEST_DIRECTIONS,
} from './shared.js';
import { personFieldsDoc } from './person-fields-doc.js';

export const MAX_KIND = 64;
export const MAX_TEXT = 10_000;
export const MAX_LINK = 2048;

const idMessage = (what: string) => `The ${what} must be a non-empty string of at most ${MAX_ID_LENGTH} characters.`;
export const id = (what: string) =>
  z
    .string({ error: idMessage(what) })
    .max(MAX_ID_LENGTH, { error: idMessage(what) })
    .refine((s) => s.trim().length > 0, { error: idMessage(what) });

const limit = (max: number) =>
  z.coerce
    .number({ error: `The page size must be a whole number from 1 to ${max}.` })
    .int({ error: `The page size must be a whole number from 1 to ${max}.` })
    .min(1, { error: `The page size must be a whole number from 1 to ${max}.` })
    .max(max, { error: `The page size must be a whole number from 1 to ${max}.` })
    .optional()
    .openapi({ type: 'integer', minimum: 1, maximum: max });

const cursor = z.string().optional().openapi({ description: "A previous page's `next`." });

export const PersonIdParam = z.object({ id: id('person id').openapi({ param: { name: 'id', in: 'path' } }) });
export const ChangeParam = z.object({
  id: id('person id').openapi({ param: { name: 'id', in: 'path' } }),
  action: z.enum(RELATIONSHIP_MUTATIONS).openapi({ param: { name: 'action', in: 'path' } }),
});
export const DirectionParam = z.object({
  direction: z
    .enum(REQUEST_DIRECTIONS, { error: 'The request direction must be "incoming" or "outgoing".' })
    .openapi({ param: { name: 'direction', in: 'path' } }),
});

export const SearchQuery = z.object({
  query: z.string().max(500, { error: 'The search text is too long (at most 500 characters).' }).optional(),
  filter: z
    .enum(PEOPLE_FILTERS, {
      error: (issue) => `"${String(issue.input)}" is not a list of people; use one of ${PEOPLE_FILTERS.join(', ')}.`,
    })
    .optional(),
  cursor,
  limit: limit(PAGE_SIZES.people.max),
});
const mutualMessage = `The number of mutual connections must be a whole number from 0 to ${MUTUAL_LIMITS.max}.`;
export const MutualQuery = z.object({
  limit: z.coerce
    .number({ error: mutualMessage })
    .int({ error: mutualMessage })
    .min(0, { error: mutualMessage })
    .max(MUTUAL_LIMITS.max, { error: mutualMessage })
    .optional()
    .openapi({ type: 'integer', minimum: 0, maximum: MUTUAL_LIMITS.max }),
});
/**
 * A change's optional body: `requestConnection` reads its note, `mute` its duration (`MUTE_DURATIONS`); both are
 * checked by the library's rules (relationship-rules.ts, validate.ts), so the words are the same in every adapter.
 */
export const ChangeBody = z
  .object({
    note: z.unknown().optional().openapi({ type: 'string' }),
    duration: z
      .unknown()
      .optional()
      .openapi({ type: 'string', enum: [...MUTE_DURATIONS] }),
  })
  .openapi('ChangeBody');
export const MutualBody = z
  .object({
    ids: z.unknown().openapi({ type: 'array', items: { type: 'string' } }),
    limit: z.unknown().optional().openapi({ type: 'integer' }),
  })
  .openapi('MutualBody');
export const SuggestionsQuery = z.object({
  cursor,
  limit: z.string().optional().openapi({ type: 'integer', minimum: 1, maximum: PAGE_SIZES.suggestions.max }),
});
export const RequestsQuery = z.object({ cursor, limit: limit(PAGE_SIZES.requests.max) });
export const FeedQuery = z.object({
  actorId: id('actor id').optional(),
  tab: z
    .enum(FEED_TABS, { error: (issue) => `"${String(issue.input)}" is not a feed tab; use one of ${FEED_TABS.join(', ')}.` })
    .optional(),
  cursor,
  limit: limit(PAGE_SIZES.feed.max),
});

export const ActivityInput = z
  .object(
    {
      kind: z
        .string({ error: `The activity kind must be a non-empty string of at most ${MAX_KIND} characters.` })
        .max(MAX_KIND, { error: `The activity kind must be a non-empty string of at most ${MAX_KIND} characters.` })
        .refine((s) => s.trim() !== '', { error: `The activity kind must be a non-empty string of at most ${MAX_KIND} characters.` }),
      text: z.string({ error: `The activity text must be a string of at most ${MAX_TEXT} characters.` }).max(MAX_TEXT, {
        error: `The activity text must be a string of at most ${MAX_TEXT} characters.`,
      }),
      link: z
        .string({ error: `The activity link must be a string of at most ${MAX_LINK} characters.` })
        .max(MAX_LINK, { error: `The activity link must be a string of at most ${MAX_LINK} characters.` })
        .optional(),
    },
    { error: 'The activity must be an object with a kind and a text.' },
  )
  .openapi('ActivityInput');

/**
 * A person's fields as a body: the library's own check (checkProfileInput, checkContactInput) reads it, so its
 * words name the field; the document describes every field (person-fields-doc.ts).
 */
const personFields = (name: string, what: string) =>
  z
    .record(z.string(), z.unknown(), { error: `A ${what} must be an object of Person fields.` })
    .openapi(name, personFieldsDoc(`Every field of a Person but \`id\` and \`updatedAt\` (see Person); an absent field is cleared.`));
export const ProfileInput = personFields('ProfileInput', 'profile');
export const ContactInput = personFields('ContactInput', 'contact');
export const ContactIdParam = z.object({ id: id('contact id').openapi({ param: { name: 'id', in: 'path' } }) });
/** A private note to store; its length and characters are checked by the library's rule, with its words. */
export const PrivateNoteInput = z
  .object({ text: z.unknown() }, { error: 'The private note must be a string.' })
  .openapi('PrivateNoteInput');

/** The member to link a contact to; who links is the token's subject, never a field. */
export const ContactLinkInput = z.object({ memberId: id('member id') }).openapi('ContactLinkInput');

export const SignInBody = z.object({ viewerId: id('viewer id') }).openapi('SignInBody');

// ---- responses --------------------------------------------------------------------------------------------

const typed = <T extends readonly [string, ...string[]]>(types: T) => z.object({ type: z.enum(types), value: z.string() });
export const Person = z
  .object({
    id: z.string(),
    displayName: z.string(),
    givenName: z.string().optional(),
    familyName: z.string().optional(),
    additionalNames: z.string().optional(),
    phoneticName: z.string().optional(),
    jobTitle: z.string().optional(),
    organization: z.string().optional(),
    emails: z.array(typed(['work', 'home', 'other'])),
    phones: z.array(typed(['mobile', 'work', 'home', 'fax', 'other'])),
    addresses: z.array(
      z.object({
        type: z.enum(['work', 'home', 'other']),
        poBox: z.string().optional(),
        extended: z.string().optional(),
        street: z.string().optional(),
        locality: z.string().optional(),
        region: z.string().optional(),
        postalCode: z.string().optional(),
        country: z.string().optional(),
      }),
    ),
    urls: z.array(z.string()),
    birthday: z.string().optional(),
    note: z.string().optional(),
    avatarUrl: z.string().optional(),
    uid: z.string().optional(),
    updatedAt: z.number().optional(),
  })
  .openapi('Person');

export const Relationship = z
  .object({
    connected: z.boolean(),
    requestSent: z.boolean(),
    requestReceived: z.boolean(),
    following: z.boolean(),
    followedBy: z.boolean(),
    blocking: z.boolean(),
    blockedBy: z.boolean(),
    ignoringRequests: z.boolean(),
    requestNote: z.string().optional(),
    muted: z.boolean(),
    mutedUntil: z.number().nullable(),
  })
  .openapi('Relationship');

export const MutualConnections = z.object({ count: z.number().int(), people: z.array(Person) }).openapi('MutualConnections');

export const Counts = z
  .object({
    connections: z.number().int(),
    following: z.number().int(),
    followers: z.number().int(),
    incoming: z.number().int(),
    outgoing: z.number().int(),
    blocked: z.number().int(),
    muted: z.number().int(),
  })
  .openapi('RelationshipCounts');

export const Activity = z
  .object({
    id: z.string(),
    actorId: z.string(),
    kind: z.string(),
    text: z.string(),
    link: z.string().optional(),
    targetId: z.string().optional(),
    createdAt: z.number(),
  })
  .openapi('Activity');

export const ConnectionRequest = z
  .object({
    id: z.string(),
    fromId: z.string(),
    toId: z.string(),
    status: z.enum(['pending', 'accepted', 'declined', 'cancelled']),
    createdAt: z.number(),
    respondedAt: z.number().optional(),
    note: z.string().optional(),
  })
  .openapi('ConnectionRequest');

export const Change = z
  .object({
    id: z.number().int().openapi({ description: 'The SSE event id of this change.' }),
    topics: z.array(z.enum(CHANGE_TOPICS)),
    personIds: z.array(z.string()),
  })
  .openapi('Change');

const LinkedContact = z.object({ contactId: z.string(), note: z.string().optional() }).openapi('LinkedContact', {
  description: 'For a member linked to one of the viewer\u2019s personal contacts: that contact and its note.',
});
export const ContactLink = z
  .object({
    member: Person.nullable().openapi({ description: 'The member the contact is linked to, or null.' }),
    matches: z.array(Person).openapi({ description: 'While unlinked: members with one of the contact\u2019s email addresses.' }),
  })
  .openapi('ContactLink');
export const ContactLinkResult = z.object({ link: ContactLink, change: Change.nullable() }).openapi('ContactLinkResult');
export const LinkedContactResult = z.object({ contact: Person.nullable() }).openapi('LinkedContactResult');

const page = <T extends z.ZodTypeAny>(item: T, name: string) =>
  z.object({ items: z.array(item), next: z.string().nullable() }).openapi(name);
export const PeoplePage = page(
  z.object({
    person: Person,
    relationship: Relationship,
    personal: z.boolean().optional().openapi({ description: 'True for one of the viewer\u2019s personal contacts.' }),
    // With the `suggested` filter only: why the person is suggested.
    suggestion: z.object({ mutualCount: z.number().int(), sharedOrganization: z.boolean() }).optional(),
    linkedContact: LinkedContact.optional(),
  }),
  'PeoplePage',
);
export const RequestsPage = page(z.object({ request: ConnectionRequest, person: Person }), 'RequestsPage');
export const FeedPage = page(z.object({ activity: Activity, actor: Person }), 'FeedPage');
export const MutualSummaries = z
  .object({ items: z.array(z.object({ personId: z.string(), count: z.number().int(), people: z.array(Person) })) })
  .openapi('MutualSummaries');
export const SuggestionsPage = page(
  z.object({ person: Person, relationship: Relationship, mutualCount: z.number().int(), sharedOrganization: z.boolean() }),
  'SuggestionsPage',
);
export const ChangeResult = z.object({ relationship: Relationship, change: Change.nullable() }).openapi('ChangeResult');
export const PostResult = z.object({ activity: Activity, change: Change }).openapi('PostResult');
export const PersonResult = z.object({ person: Person, change: Change }).openapi('PersonResult');
export const DeletedResult = z.object({ change: Change }).openapi('DeletedResult');
export const PrivateNote = z.object({ text: z.string() }).openapi('PrivateNote');
export const NoteResult = z.object({ text: z.string(), change: Change }).openapi('NoteResult');
export const SignInResult = z.object({ token: z.string(), viewerId: z.string() }).openapi('SignInResult');

/** Every error body: a contract code (or an HTTP one: unauthorized, rate-limited, too-large) and words. */
export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'not-found' }),
      message: z.string().openapi({ example: 'There is no person with the id "bob".' }),
    }),
  })
  .openapi('Error');
