/** Where a connection request stands. Only `pending` requests can change. */
export const REQUEST_STATUSES = ['pending', 'accepted', 'declined', 'cancelled'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** A request from one person to another to form a two-way connection. */
export interface ConnectionRequest {
  id: string;
  fromId: string;
  toId: string;
  status: RequestStatus;
  /** Epoch milliseconds. */
  createdAt: number;
  /** Epoch milliseconds of the accept, decline or cancel; absent while pending. */
  respondedAt?: number;
  /** The sender's short plain-text note, at most `TEXT_LIMITS.requestNote` characters; never rendered as HTML. */
  note?: string;
}
