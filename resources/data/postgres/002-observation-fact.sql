-- SPDX-License-Identifier: MIT
-- Version 2 of the team store, as the SQLite store has it: an observation may name the fact it
-- was derived from, so one reader reads both; a source may not say when it was published (a
-- data file often does not). Both only widen what version 1 accepts (expand).

ALTER TABLE observation ADD COLUMN fact_id BIGINT REFERENCES fact(id);
ALTER TABLE source ALTER COLUMN published DROP NOT NULL;
