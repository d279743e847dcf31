-- A search word checked per person (searchPeople walks the name order for a common word) probes that person's
-- tokens by prefix: with the token in this index that is one index range instead of a filter.
DROP INDEX name_tokens_by_person;
CREATE INDEX name_tokens_by_person ON name_tokens (person_id, token);
