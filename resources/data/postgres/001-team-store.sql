-- SPDX-License-Identifier: MIT
-- A team store on PostgreSQL, version 1: the analyst's tables of the SQLite user store
-- (schema.sql), in the schema "sco"; each row's search document is a stored column the program
-- writes, indexed by pg_trgm for LIKE '%word%'. PostgresSchema::init() runs it as sco_owner,
-- under an advisory lock, in one transaction, with pg_trgm already added. Migrations after it
-- only add (expand, then contract).

CREATE TABLE meta (
    key           TEXT PRIMARY KEY,
    value         TEXT NOT NULL
);

CREATE TABLE source (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key           TEXT NOT NULL UNIQUE,
    publisher     TEXT NOT NULL,
    title         TEXT NOT NULL,
    author        TEXT,
    published     DATE NOT NULL,
    published_time TEXT,
    url           TEXT,
    licence       TEXT,
    quote         TEXT,
    imported_at   TIMESTAMPTZ,
    imported_by   TEXT NOT NULL DEFAULT current_user  -- who to credit in "added by"
);

CREATE TABLE fact (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key           TEXT NOT NULL UNIQUE,
    label         TEXT NOT NULL,
    category      TEXT NOT NULL,
    value         DOUBLE PRECISION NOT NULL,
    decimals      INTEGER NOT NULL DEFAULT 0 CHECK (decimals BETWEEN 0 AND 6),
    unit          TEXT NOT NULL,
    period_start  DATE NOT NULL,
    period_end    DATE NOT NULL,
    period_label  TEXT NOT NULL,
    basis         TEXT NOT NULL,
    qualifier     TEXT,
    as_written    TEXT,
    quote         TEXT NOT NULL,
    source_id     BIGINT NOT NULL REFERENCES source(id),
    derived       BOOLEAN NOT NULL DEFAULT FALSE,
    formula       TEXT,
    search_document TEXT,
    CHECK ((NOT derived AND as_written IS NOT NULL AND formula IS NULL)
        OR (derived AND formula IS NOT NULL))
);

CREATE TABLE fact_input (
    fact_id       BIGINT NOT NULL REFERENCES fact(id) ON DELETE CASCADE,
    input_fact_id BIGINT NOT NULL REFERENCES fact(id),
    PRIMARY KEY (fact_id, input_fact_id)
);

CREATE TABLE series (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key           TEXT NOT NULL UNIQUE,
    label         TEXT NOT NULL,
    unit          TEXT NOT NULL,
    source_id     BIGINT NOT NULL REFERENCES source(id),
    indicator_code TEXT
);

CREATE TABLE observation (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    series_id     BIGINT NOT NULL REFERENCES series(id),
    entity        TEXT NOT NULL DEFAULT '',
    period_start  DATE NOT NULL,
    period_end    DATE NOT NULL,
    period_label  TEXT NOT NULL,
    value         DOUBLE PRECISION NOT NULL,
    entity_code   TEXT NOT NULL DEFAULT '',
    aggregate     BOOLEAN NOT NULL DEFAULT FALSE,
    search_document TEXT,
    UNIQUE (series_id, entity, period_start)
);

CREATE INDEX fact_search ON fact USING gin (search_document gin_trgm_ops);
CREATE INDEX observation_search ON observation USING gin (search_document gin_trgm_ops);
CREATE INDEX fact_by_source ON fact (source_id);
CREATE INDEX series_by_source ON series (source_id);
CREATE INDEX observation_by_period ON observation (series_id, period_start);
