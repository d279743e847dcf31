-- The social graph. Every table is keyed by a person id first (people.id, relations.from_id, requests by
-- either party, activities.actor_id, feed.owner_id), so it can be distributed by person id (e.g. Citus).
-- Ids compare in code-point order (COLLATE "C"), as the IndexedDB adapter orders ties. Times are epoch milliseconds. sort_key is the UTF-16 code units of the collation key (big-endian), so
-- bytea order is exactly the order the IndexedDB adapter lists people in.

CREATE TABLE people (
  id text COLLATE "C" PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 256),
  data jsonb NOT NULL,
  sort_key bytea NOT NULL
);
CREATE INDEX people_by_sort ON people (sort_key, id);

-- Every word token of a person's name (see nameTokens): a query word matches a token it is a prefix of.
CREATE TABLE name_tokens (
  token text COLLATE "C" NOT NULL,
  person_id text NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  PRIMARY KEY (token, person_id)
);
CREATE INDEX name_tokens_by_person ON name_tokens (person_id);

-- Directed rows; a connection is two mirrored rows (checked at commit by connection_mirror below).
CREATE TABLE relations (
  from_id text NOT NULL REFERENCES people (id),
  type text NOT NULL CHECK (type IN ('connection', 'follow', 'block')),
  to_id text NOT NULL REFERENCES people (id),
  created_at bigint NOT NULL,
  PRIMARY KEY (from_id, type, to_id),
  CHECK (from_id <> to_id)
);
CREATE INDEX relations_by_target ON relations (to_id, type, from_id);

CREATE TABLE requests (
  id text COLLATE "C" PRIMARY KEY,
  from_id text NOT NULL REFERENCES people (id),
  to_id text NOT NULL REFERENCES people (id),
  status text NOT NULL CHECK (status IN ('pending', 'accepted', 'declined', 'cancelled')),
  created_at bigint NOT NULL,
  responded_at bigint,
  CHECK (from_id <> to_id),
  CHECK ((status = 'pending') = (responded_at IS NULL))
);
-- At most one pending request between two people, in either direction: two racing requests cannot both land.
CREATE UNIQUE INDEX requests_one_pending_per_pair ON requests (least(from_id, to_id), greatest(from_id, to_id)) WHERE status = 'pending';
CREATE INDEX requests_inbox ON requests (to_id, created_at DESC, id) WHERE status = 'pending';
CREATE INDEX requests_outbox ON requests (from_id, created_at DESC, id) WHERE status = 'pending';

CREATE TABLE activities (
  id text COLLATE "C" PRIMARY KEY,
  actor_id text NOT NULL REFERENCES people (id),
  data jsonb NOT NULL,
  created_at bigint NOT NULL
);
CREATE INDEX activities_by_actor ON activities (actor_id, created_at DESC, id);

-- Each viewer's feed, written when an activity is recorded (fan-out on write), read by owner only.
CREATE TABLE feed (
  owner_id text NOT NULL,
  activity_id text COLLATE "C" NOT NULL,
  actor_id text NOT NULL,
  created_at bigint NOT NULL,
  -- A copy of the activity, so a feed page reads one owner's rows and nothing else.
  data jsonb NOT NULL,
  PRIMARY KEY (owner_id, activity_id)
);
CREATE INDEX feed_page ON feed (owner_id, created_at DESC, activity_id);
CREATE INDEX feed_by_actor ON feed (owner_id, actor_id);

-- Committed changes, for Server-Sent Events resume (Last-Event-ID) on any instance.
CREATE TABLE events (
  id bigserial PRIMARY KEY,
  topics jsonb NOT NULL,
  person_ids jsonb NOT NULL,
  created_at bigint NOT NULL
);

-- A connection row without its mirror (or a mirror left behind) fails the commit.
CREATE FUNCTION connection_mirror() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r relations%ROWTYPE;
  present boolean;
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
  SELECT EXISTS (SELECT 1 FROM relations WHERE from_id = r.from_id AND type = 'connection' AND to_id = r.to_id) INTO present;
  IF present <> EXISTS (SELECT 1 FROM relations WHERE from_id = r.to_id AND type = 'connection' AND to_id = r.from_id) THEN
    RAISE EXCEPTION 'connection between % and % is not mirrored', r.from_id, r.to_id USING ERRCODE = '23514';
  END IF;
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER relations_connection_added AFTER INSERT ON relations
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.type = 'connection') EXECUTE FUNCTION connection_mirror();
CREATE CONSTRAINT TRIGGER relations_connection_removed AFTER DELETE ON relations
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.type = 'connection') EXECUTE FUNCTION connection_mirror();
