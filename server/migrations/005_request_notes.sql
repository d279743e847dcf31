-- Connection request notes, ignored requests and dismissed suggestions (issue 17).
-- A request may carry a short plain-text note from its sender (TEXT_LIMITS.requestNote, 300 UTF-16 code units;
-- char_length counts code points, so the check is a backstop and the rules are the limit).
-- Two one-way marks join the relation types: 'ignore' (the viewer ignores further requests from the person) and
-- 'dismiss' (the viewer dismissed the person as a suggestion). Neither takes part in feeds or mirrors.
ALTER TABLE requests ADD COLUMN note text CHECK (char_length(note) <= 300);

ALTER TABLE relations DROP CONSTRAINT relations_type_check;
ALTER TABLE relations ADD CONSTRAINT relations_type_check CHECK (type IN ('connection', 'follow', 'block', 'ignore', 'dismiss'));
