-- Contact imports (issue 18, contact-imports.ts): a viewer's plan of personal contacts to write, its marker and
-- what each write replaced, so an import resumes where it stopped and undo restores exactly. Keyed by the viewer
-- first (owner_id) like mutes and notes, so it distributes by person id with the rest.
-- - `contact_imports` is the marker: `done` of `total` writes made. A chunk locks this row (FOR UPDATE) before it
--   reads `done`, so two instances never write the same chunk twice; at most one import per viewer is running.
-- - `contact_import_writes` holds the plan, one row per write in plan order; `written` is set (with `before`, the
--   contact it replaced, NULL when there was none) in the chunk's transaction.
CREATE TABLE contact_imports (
  owner_id text COLLATE "C" NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  id text COLLATE "C" NOT NULL,
  state text NOT NULL CHECK (state IN ('running', 'cancelled', 'done', 'undone')),
  source text NOT NULL CHECK (length(source) <= 500),
  total int NOT NULL CHECK (total >= 0),
  done int NOT NULL CHECK (done BETWEEN 0 AND total),
  merges int NOT NULL CHECK (merges BETWEEN 0 AND total),
  started_at bigint NOT NULL,
  PRIMARY KEY (owner_id, id),
  CHECK (state <> 'done' OR done = total)
);
CREATE UNIQUE INDEX contact_imports_one_running ON contact_imports (owner_id) WHERE state = 'running';
CREATE INDEX contact_imports_latest ON contact_imports (owner_id, started_at DESC, id);

CREATE TABLE contact_import_writes (
  owner_id text COLLATE "C" NOT NULL,
  import_id text COLLATE "C" NOT NULL,
  seq int NOT NULL CHECK (seq >= 0),
  person jsonb NOT NULL,
  merge boolean NOT NULL,
  written boolean NOT NULL DEFAULT false,
  before jsonb,
  PRIMARY KEY (owner_id, import_id, seq),
  FOREIGN KEY (owner_id, import_id) REFERENCES contact_imports (owner_id, id) ON DELETE CASCADE,
  CHECK (written OR before IS NULL)
);
