-- Mutes and private notes: what one viewer keeps about another person for themselves alone. Both are keyed by the
-- viewer first (owner_id), so they distribute by person id with the rest. A mute's end (until, epoch ms, NULL for
-- until unmuted) is judged when read against the server's clock: nothing runs when it expires. Nothing indexes
-- them by person_id: nobody can ask who mutes them or what is noted about them.

CREATE TABLE mutes (
  owner_id text NOT NULL REFERENCES people (id),
  person_id text NOT NULL REFERENCES people (id),
  until bigint,
  created_at bigint NOT NULL,
  PRIMARY KEY (owner_id, person_id),
  CHECK (owner_id <> person_id)
);

CREATE TABLE private_notes (
  owner_id text NOT NULL REFERENCES people (id),
  person_id text NOT NULL REFERENCES people (id),
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
  updated_at bigint NOT NULL,
  PRIMARY KEY (owner_id, person_id),
  CHECK (owner_id <> person_id)
);
