-- Search by prefix in name order: every prefix (1 to 6 characters) of every search token of a person, with the
-- person's sort key, keyed (prefix, sort_key, person_id). A query word's first page is one index range that comes
-- back in name order; every further word is a probe of the same key, so "mary sm" walks the people whose tokens
-- start with "mary" (not everyone listed before the first "Mary Smith") and checks each for "sm". A word longer
-- than 6 characters is found by its first 6 and checked whole in name_tokens. Written with name_tokens (putPerson).
CREATE TABLE name_prefixes (
  prefix text COLLATE "C" NOT NULL,
  sort_key bytea NOT NULL,
  person_id text COLLATE "C" NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  PRIMARY KEY (prefix, sort_key, person_id)
);
CREATE INDEX name_prefixes_by_person ON name_prefixes (person_id);

INSERT INTO name_prefixes (prefix, sort_key, person_id)
  SELECT DISTINCT left(t.token, n), p.sort_key, p.id
    FROM name_tokens t
    JOIN people p ON p.id = t.person_id COLLATE "C"
    CROSS JOIN LATERAL generate_series(1, least(length(t.token), 6)) AS n;
