/**
 * The shape of a whole world of contacts, adapter-neutral: what the IndexedDB adapter's `importWorld` takes, what
 * conformance suite factories are given, and what any adapter's seeding code reads.
 */
import type { Activity } from '../model/activity.js';
import type { PersonInput } from '../model/person.js';
import type { RequestStatus } from '../model/request.js';
import type { RelationType } from './vocabulary.js';

/** A relation to import. `connection` is two-way (one entry makes both sides); `follow` and `block` are one-way. */
export interface WorldRelation {
  type: RelationType;
  fromId: string;
  toId: string;
  /** Epoch milliseconds; default: the time of the import. */
  createdAt?: number;
}

/** A connection request to import. */
export interface WorldRequest {
  fromId: string;
  toId: string;
  /** Default `pending`. */
  status?: RequestStatus;
  /** Epoch milliseconds; default: the time of the import. */
  createdAt?: number;
  /** Default: a new UUID. */
  id?: string;
  respondedAt?: number;
  /** The sender's note (at most `TEXT_LIMITS.requestNote` characters). */
  note?: string;
}

/**
 * A world of people, their relations, requests and activities. Every part is optional. Ids referenced by
 * relations, requests and activities must be people of the same import or already in the database.
 */
export interface WorldData {
  people?: PersonInput[];
  relations?: WorldRelation[];
  requests?: WorldRequest[];
  activities?: Activity[];
}
