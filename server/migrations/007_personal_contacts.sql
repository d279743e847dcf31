-- Personal contacts (issue 18): people a viewer keeps for themselves, rows of `people` with an owner. A member has
-- no owner. Every read by id checks the owner (another viewer's contact is as absent as no one), and a viewer's
-- own contacts are listed from this index in name order (the `mine` filter), so nothing scans other people's.
ALTER TABLE people ADD COLUMN owner_id text COLLATE "C" REFERENCES people (id);
ALTER TABLE people ADD CONSTRAINT people_owner_is_another CHECK (owner_id <> id);
CREATE INDEX people_by_owner ON people (owner_id, sort_key, id) WHERE owner_id IS NOT NULL;
