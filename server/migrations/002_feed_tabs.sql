-- The feed's tabs (Connections, Following): each feed row is marked with why its owner sees it, and each mark
-- has a partial index in page order, so a tab's page is one index range. Triggers keep the marks true: a row
-- is marked from the relations standing when it is written, and a connection or follow that starts or ends
-- re-marks the owner's rows of that actor (the rules code needs no change).

ALTER TABLE feed ADD COLUMN via_connection boolean NOT NULL DEFAULT false;
ALTER TABLE feed ADD COLUMN via_follow boolean NOT NULL DEFAULT false;

UPDATE feed f SET
  via_connection = EXISTS (SELECT 1 FROM relations r WHERE r.from_id = f.owner_id AND r.type = 'connection' AND r.to_id = f.actor_id),
  via_follow = EXISTS (SELECT 1 FROM relations r WHERE r.from_id = f.owner_id AND r.type = 'follow' AND r.to_id = f.actor_id);

CREATE INDEX feed_connections_page ON feed (owner_id, created_at DESC, activity_id) WHERE via_connection;
CREATE INDEX feed_following_page ON feed (owner_id, created_at DESC, activity_id) WHERE via_follow;

CREATE FUNCTION feed_row_marks() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.via_connection := EXISTS (SELECT 1 FROM relations WHERE from_id = NEW.owner_id AND type = 'connection' AND to_id = NEW.actor_id);
  NEW.via_follow := EXISTS (SELECT 1 FROM relations WHERE from_id = NEW.owner_id AND type = 'follow' AND to_id = NEW.actor_id);
  RETURN NEW;
END $$;
CREATE TRIGGER feed_marked BEFORE INSERT ON feed FOR EACH ROW EXECUTE FUNCTION feed_row_marks();

CREATE FUNCTION feed_relation_marks() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r relations%ROWTYPE;
  standing boolean := TG_OP = 'INSERT';
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
  IF r.type = 'connection' THEN
    UPDATE feed SET via_connection = standing WHERE owner_id = r.from_id AND actor_id = r.to_id AND via_connection <> standing;
  ELSE
    UPDATE feed SET via_follow = standing WHERE owner_id = r.from_id AND actor_id = r.to_id AND via_follow <> standing;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER feed_relation_added AFTER INSERT ON relations
  FOR EACH ROW WHEN (NEW.type IN ('connection', 'follow')) EXECUTE FUNCTION feed_relation_marks();
CREATE TRIGGER feed_relation_removed AFTER DELETE ON relations
  FOR EACH ROW WHEN (OLD.type IN ('connection', 'follow')) EXECUTE FUNCTION feed_relation_marks();
