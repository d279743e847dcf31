/**
 * Kinds of activity. `connected` is recorded by the adapter when two people connect; hosts may post
 * their own kinds (any other string).
 */
export type ActivityKind = 'post' | 'connected' | 'joined' | 'profile-updated' | (string & {});

/** Something a person did, shown in the feeds of the people connected to or following them. */
export interface Activity {
  id: string;
  actorId: string;
  kind: ActivityKind;
  /** Plain text; never rendered as HTML. */
  text: string;
  /** Optional http(s) link; anything else is shown as text, never linked. */
  link?: string;
  /** For `connected`: the other person. */
  targetId?: string;
  /** Epoch milliseconds. */
  createdAt: number;
}
