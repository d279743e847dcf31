import { ContactsError, type BackendChange, type ChangeListener, type ContactsBackend } from '../../../src/index.js';

type Method = Exclude<keyof ContactsBackend, 'viewerId' | 'subscribe' | 'close'>;

export class HttpBackend implements ContactsBackend {
  private readonly listeners = new Set<ChangeListener>();
  private events: EventSource | undefined;
  private closed = false;

  constructor(private readonly baseUrl: string, readonly viewerId: string) {}

  /** POST {baseUrl}/{method} with the arguments; the server answers JSON, or { code, message } with an error status. */
  private call<M extends Method>(method: M, ...args: Parameters<ContactsBackend[M]>): ReturnType<ContactsBackend[M]> {
    const run = async () => {
      if (this.closed) throw new ContactsError('storage', 'This adapter is closed.');
      const response = await fetch(`${this.baseUrl}/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ viewerId: this.viewerId, args }),
      });
      const body = await response.json();
      if (!response.ok) throw new ContactsError(body.code ?? 'storage', body.message ?? response.statusText);
      return body;
    };
    return run() as ReturnType<ContactsBackend[M]>;
  }

  getViewer() { return this.call('getViewer'); }
  getPerson(id: string) { return this.call('getPerson', id); }
  searchPeople(options = {}) { return this.call('searchPeople', options); }
  getCounts() { return this.call('getCounts'); }
  getRelationship(id: string) { return this.call('getRelationship', id); }
  requestConnection(id: string) { return this.call('requestConnection', id); }
  cancelRequest(id: string) { return this.call('cancelRequest', id); }
  acceptRequest(id: string) { return this.call('acceptRequest', id); }
  declineRequest(id: string) { return this.call('declineRequest', id); }
  disconnect(id: string) { return this.call('disconnect', id); }
  follow(id: string) { return this.call('follow', id); }
  unfollow(id: string) { return this.call('unfollow', id); }
  block(id: string) { return this.call('block', id); }
  unblock(id: string) { return this.call('unblock', id); }
  listRequests(direction: 'incoming' | 'outgoing', options = {}) { return this.call('listRequests', direction, options); }
  getFeed(options = {}) { return this.call('getFeed', options); }
  postActivity(input: { kind: string; text: string; link?: string }) { return this.call('postActivity', input); }

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
