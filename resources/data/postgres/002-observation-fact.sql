-- SPDX-License-Identifier: MIT
-- Version 2 of the team store, as the SQLite store has it: an observation may name the fact it
-- was derived from, so one reader reads both; a source may not say when it was published (a
-- data file often does not). Names compare in the "C" collation, the byte order SQLite sorts
-- in, so the built-in rows and the server's merge into one order, and each sort order the
-- table offers walks an index. Every change only widens what version 1 accepts (expand).

ALTER TABLE observation ADD COLUMN fact_id BIGINT REFERENCES fact(id);
ALTER TABLE source ALTER COLUMN published DROP NOT NULL;
ALTER TABLE observation ALTER COLUMN entity TYPE TEXT COLLATE "C";
ALTER TABLE observation ALTER COLUMN entity_code TYPE TEXT COLLATE "C";
ALTER TABLE fact ALTER COLUMN label TYPE TEXT COLLATE "C";
-- (entity, code, aggregate) first: the distinct entities are read by skipping through it.
CREATE INDEX observation_by_entity ON observation (entity, entity_code, aggregate, id);
CREATE INDEX observation_by_start ON observation (period_start, id);
CREATE INDEX observation_by_value ON observation (value, id);
CREATE INDEX fact_by_label ON fact (label, id);
CREATE INDEX fact_by_value ON fact (value, id);
CREATE INDEX fact_by_start ON fact (period_start, id);
