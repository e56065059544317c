-- SPDX-License-Identifier: MIT
-- Schema of the dashboard store. Bump PRAGMA user_version and FactStore::kSchemaVersion together.
PRAGMA user_version = 2;
PRAGMA foreign_keys = ON;

-- Where this file came from: 'embedded' for the dataset built into the program, 'user' for an
-- analyst's own store. The build adds dataset_revision, a fingerprint of the SQL.
-- Version 2 added source.imported_at, series.indicator_code, observation.entity_code and
-- observation.aggregate, and member_state (Repository migrates user stores forward).
CREATE TABLE meta (
    key           TEXT PRIMARY KEY,
    value         TEXT NOT NULL
);
INSERT INTO meta (key, value) VALUES ('origin', 'embedded');

CREATE TABLE source (
    id            INTEGER PRIMARY KEY,
    key           TEXT NOT NULL UNIQUE,
    publisher     TEXT NOT NULL,
    title         TEXT NOT NULL,
    author        TEXT,
    published     TEXT NOT NULL,           -- ISO 8601 date, as stated by the source
    published_time TEXT,                   -- local time as printed by the source, e.g. '08:20'
    url           TEXT,                    -- NULL when not known; never guessed
    licence       TEXT,
    quote         TEXT,                    -- the byline or citation line the fields come from
    imported_at   TEXT                     -- ISO 8601 UTC time of the last import; NULL if built in
);

-- A numeric figure. Stated figures carry the words the article uses (as_written);
-- derived figures carry a formula over other facts' keys instead.
CREATE TABLE fact (
    id            INTEGER PRIMARY KEY,
    key           TEXT NOT NULL UNIQUE,
    label         TEXT NOT NULL,
    category      TEXT NOT NULL,
    value         REAL NOT NULL,
    decimals      INTEGER NOT NULL DEFAULT 0 CHECK (decimals BETWEEN 0 AND 6),
    unit          TEXT NOT NULL,           -- '%', 'pp' (percentage points), 'people'
    period_start  TEXT NOT NULL,           -- ISO 8601 date
    period_end    TEXT NOT NULL,
    period_label  TEXT NOT NULL,
    basis         TEXT NOT NULL,           -- comparison basis: 'year-on-year', 'share of GDP', ...
    qualifier     TEXT,                    -- 'more than' and the like; NULL when exact
    as_written    TEXT,                    -- the figure as the quote writes it; NULL when derived
    quote         TEXT NOT NULL,           -- verbatim sentence(s) of the source
    source_id     INTEGER NOT NULL REFERENCES source(id),
    derived       INTEGER NOT NULL DEFAULT 0 CHECK (derived IN (0, 1)),
    formula       TEXT,                    -- e.g. '{a} - {b}'; required when derived
    search_document TEXT,                  -- what the search index holds (factsearch.sql)
    CHECK ((derived = 0 AND as_written IS NOT NULL AND formula IS NULL)
        OR (derived = 1 AND formula IS NOT NULL))
);

CREATE TABLE fact_input (
    fact_id       INTEGER NOT NULL REFERENCES fact(id),
    input_fact_id INTEGER NOT NULL REFERENCES fact(id),
    PRIMARY KEY (fact_id, input_fact_id)
);

CREATE TABLE series (
    id            INTEGER PRIMARY KEY,
    key           TEXT NOT NULL UNIQUE,
    label         TEXT NOT NULL,
    unit          TEXT NOT NULL,
    source_id     INTEGER NOT NULL REFERENCES source(id),
    indicator_code TEXT                    -- the publisher's code, e.g. 'IT.NET.USER.ZS'
);

-- One point of a series. fact_id links a point to the fact that states (or derives) it.
CREATE TABLE observation (
    id            INTEGER PRIMARY KEY,
    series_id     INTEGER NOT NULL REFERENCES series(id),
    entity        TEXT NOT NULL DEFAULT '',  -- country for imported series; '' for the article
    period_start  TEXT NOT NULL,
    period_end    TEXT NOT NULL,
    period_label  TEXT NOT NULL,
    value         REAL NOT NULL,
    fact_id       INTEGER REFERENCES fact(id),
    entity_code   TEXT NOT NULL DEFAULT '', -- ISO 3166 alpha-3, an OWID_* code, or ''
    aggregate     INTEGER NOT NULL DEFAULT 0 CHECK (aggregate IN (0, 1)), -- a region or group
    UNIQUE (series_id, entity, period_start)
);

-- Qualitative content: cooperation areas, infrastructure, technologies, services, aims.
-- term is the verbatim phrase inside quote that names the item.
CREATE TABLE topic (
    id            INTEGER PRIMARY KEY,
    key           TEXT NOT NULL UNIQUE,
    kind          TEXT NOT NULL,
    pillar        TEXT NOT NULL,
    name          TEXT NOT NULL,
    term          TEXT NOT NULL,
    quote         TEXT NOT NULL,
    source_id     INTEGER NOT NULL REFERENCES source(id),
    sort_order    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE person (
    id            INTEGER PRIMARY KEY,
    key           TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    role          TEXT NOT NULL,
    organisation  TEXT NOT NULL,
    quote         TEXT NOT NULL,
    source_id     INTEGER NOT NULL REFERENCES source(id)
);

-- Dated events. date_basis says how a date follows from the text when the text
-- names a weekday rather than a date.
CREATE TABLE event (
    id            INTEGER PRIMARY KEY,
    key           TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    place         TEXT,
    start_date    TEXT NOT NULL,
    end_date      TEXT NOT NULL,
    date_basis    TEXT NOT NULL,
    quote         TEXT NOT NULL,
    source_id     INTEGER NOT NULL REFERENCES source(id)
);

-- Organisations' member states, by ISO 3166 alpha-3 code. Names in every language come from
-- Debian's iso-codes; name is the form the membership source itself uses.
CREATE TABLE member_state (
    organisation  TEXT NOT NULL,
    iso3          TEXT NOT NULL,
    name          TEXT NOT NULL,
    source_id     INTEGER NOT NULL REFERENCES source(id),
    PRIMARY KEY (organisation, iso3)
);
