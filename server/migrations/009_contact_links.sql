-- Contact links (issue 18): one of a viewer's personal contacts tied to the member with its email, so the member's
-- entry shows the viewer's note. Keyed by the viewer first (owner_id) like mutes and notes; nothing leads from the
-- member to it, so nobody can ask who linked them. The rules live in the constraints:
-- - the contact is the owner's: (contact_id, owner_id) references a people row with that owner, and deleting the
--   contact deletes its link;
-- - the member is a member: (member_id, member_is_member) references a row whose is_member is true;
-- - never the owner themself, one link per contact and one per member.
ALTER TABLE people ADD COLUMN is_member boolean GENERATED ALWAYS AS (owner_id IS NULL) STORED;
ALTER TABLE people ADD CONSTRAINT people_id_owner UNIQUE (id, owner_id);
ALTER TABLE people ADD CONSTRAINT people_id_is_member UNIQUE (id, is_member);

CREATE TABLE contact_links (
  owner_id text COLLATE "C" NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  contact_id text COLLATE "C" NOT NULL,
  member_id text COLLATE "C" NOT NULL,
  member_is_member boolean NOT NULL DEFAULT true CHECK (member_is_member),
  created_at bigint NOT NULL,
  PRIMARY KEY (owner_id, contact_id),
  UNIQUE (owner_id, member_id),
  CHECK (member_id <> owner_id),
  FOREIGN KEY (contact_id, owner_id) REFERENCES people (id, owner_id) ON DELETE CASCADE,
  FOREIGN KEY (member_id, member_is_member) REFERENCES people (id, is_member) ON DELETE CASCADE
);

-- A member's email addresses as links match them (contact-links.ts emailKey: trimmed, lower case), indexed so a
-- contact's candidates are found without reading everyone.
CREATE FUNCTION person_email_keys(data jsonb) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT lower(btrim(e ->> 'value'))), '{}') FROM jsonb_array_elements(coalesce(data -> 'emails', '[]')) AS e
$$;
CREATE INDEX people_member_emails ON people USING gin (person_email_keys(data)) WHERE owner_id IS NULL;
