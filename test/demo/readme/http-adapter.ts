import { ContactsError, type BackendChange, type ChangeListener, type ContactsBackend, type ProfileInput, type ReadOptions, type RequestDirection } from '../../../src/index.js';

type Method = Exclude<keyof ContactsBackend, 'viewerId' | 'subscribe' | 'close'>;

export class HttpBackend implements ContactsBackend {
  private readonly listeners = new Set<ChangeListener>();
  private events: EventSource | undefined;
  private closed = false;

  constructor(private readonly baseUrl: string, readonly viewerId: string) {}

  /** POST {baseUrl}/{method} with the arguments; the server answers JSON, or { code, message } with an error status. */
  private call<M extends Method>(method: M, ...args: Parameters<ContactsBackend[M]>): ReturnType<ContactsBackend[M]> {
    // A read's options may carry a signal: it cancels the request (fetch then rejects with its reason), unsent.
    const signal = args.map((arg) => (arg as ReadOptions | undefined)?.signal).find((s) => s !== undefined);
    const run = async () => {
      if (this.closed) throw new ContactsError('storage', 'This adapter is closed.');
      const response = await fetch(`${this.baseUrl}/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ viewerId: this.viewerId, args }, (key, value) => (key === 'signal' ? undefined : value)),
        signal: signal ?? null,
      });
      const body = await response.json();
      if (!response.ok) throw new ContactsError(body.code ?? 'storage', body.message ?? response.statusText);
      return body;
    };
    return run() as ReturnType<ContactsBackend[M]>;
  }

  getViewer(options: ReadOptions = {}) { return this.call('getViewer', options); }
  getPerson(id: string, options: ReadOptions = {}) { return this.call('getPerson', id, options); }
  searchPeople(options = {}) { return this.call('searchPeople', options); }
  getCounts(options: ReadOptions = {}) { return this.call('getCounts', options); }
  getRelationship(id: string, options: ReadOptions = {}) { return this.call('getRelationship', id, options); }
  getMutualConnections(id: string, options = {}) { return this.call('getMutualConnections', id, options); }
  getMutualConnectionsFor(ids: readonly string[], options = {}) { return this.call('getMutualConnectionsFor', ids, options); }
  getSuggestions(options = {}) { return this.call('getSuggestions', options); }
  requestConnection(id: string, options = {}) { return this.call('requestConnection', id, options); }
  cancelRequest(id: string) { return this.call('cancelRequest', id); }
  acceptRequest(id: string) { return this.call('acceptRequest', id); }
  declineRequest(id: string) { return this.call('declineRequest', id); }
  disconnect(id: string) { return this.call('disconnect', id); }
  follow(id: string) { return this.call('follow', id); }
  unfollow(id: string) { return this.call('unfollow', id); }
  block(id: string) { return this.call('block', id); }
  unblock(id: string) { return this.call('unblock', id); }
  removeFollower(id: string) { return this.call('removeFollower', id); }
  ignoreRequests(id: string) { return this.call('ignoreRequests', id); }
  unignoreRequests(id: string) { return this.call('unignoreRequests', id); }
  dismissSuggestion(id: string) { return this.call('dismissSuggestion', id); }
  mute(id: string, options = {}) { return this.call('mute', id, options); }
  unmute(id: string) { return this.call('unmute', id); }
  getPrivateNote(id: string, options: ReadOptions = {}) { return this.call('getPrivateNote', id, options); }
  setPrivateNote(id: string, text: string) { return this.call('setPrivateNote', id, text); }
  listRequests(direction: RequestDirection, options = {}) { return this.call('listRequests', direction, options); }
  getFeed(options = {}) { return this.call('getFeed', options); }
  postActivity(input: { kind: string; text: string; link?: string }) { return this.call('postActivity', input); }
  updateProfile(input: ProfileInput) { return this.call('updateProfile', input); }

  /** Changes arrive from the server as server-sent events, whoever made them. */
  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    if (!this.events) {
      this.events = new EventSource(`${this.baseUrl}/changes?viewer=${encodeURIComponent(this.viewerId)}`);
      this.events.onmessage = (event) => {
        const change = JSON.parse(event.data) as BackendChange;
        for (const each of this.listeners) each(change);
      };
    }
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.closed = true;
    this.events?.close();
    this.listeners.clear();
  }
}
