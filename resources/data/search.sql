-- SPDX-License-Identifier: MIT
-- The search index and sort indexes of a user store (schema version 3) and of the built-in
-- dataset, which the build indexes the same way (Repository::markBuiltIn, which then drops the
-- triggers: the program never writes the dataset). Both are read by one query path.
--
-- '@' stands for the schema the store is attached as ('' when it is main). The triggers keep
-- the index in step inside the transaction that writes the rows, and they call
-- sco_observation_document() (app/search/searchdocument.h): a connection that writes
-- observations without registering it fails rather than leaves the index behind.

CREATE VIRTUAL TABLE @observation_search USING fts5(
    document, tokenize = 'trigram case_sensitive 1', detail = 'none');

CREATE INDEX @observation_by_value ON observation(value);
-- Covers the distinct entities the search matches names against.
CREATE INDEX @observation_by_entity ON observation(entity, entity_code, aggregate);
CREATE INDEX @observation_by_period ON observation(period_start);

-- A writer may defer the rows it adds (sco_search_deferred(), for a bulk import) and index
-- them in one statement before it commits: SearchDocument::indexAddedSql().
CREATE TRIGGER @observation_search_insert AFTER INSERT ON observation
    WHEN NOT sco_search_deferred() BEGIN
    INSERT INTO observation_search (rowid, document) VALUES (NEW.id,
        sco_observation_document(NEW.period_label, NEW.value,
                                 (SELECT unit FROM series WHERE id = NEW.series_id)));
END;

CREATE TRIGGER @observation_search_update AFTER UPDATE OF period_label, value, series_id
    ON observation BEGIN
    DELETE FROM observation_search WHERE rowid = OLD.id;
    INSERT INTO observation_search (rowid, document) VALUES (NEW.id,
        sco_observation_document(NEW.period_label, NEW.value,
                                 (SELECT unit FROM series WHERE id = NEW.series_id)));
END;

CREATE TRIGGER @observation_search_delete AFTER DELETE ON observation BEGIN
    DELETE FROM observation_search WHERE rowid = OLD.id;
END;

-- A percentage's value is also indexed as "12.5%", so a unit change re-indexes its rows.
CREATE TRIGGER @observation_search_unit AFTER UPDATE OF unit ON series BEGIN
    DELETE FROM observation_search
        WHERE rowid IN (SELECT id FROM observation WHERE series_id = NEW.id);
    INSERT INTO observation_search (rowid, document)
        SELECT id, sco_observation_document(period_label, value, NEW.unit)
        FROM observation WHERE series_id = NEW.id;
END;

-- Rows written before the index existed (a store migrated from version 2).
INSERT INTO @observation_search (rowid, document)
    SELECT o.id, sco_observation_document(o.period_label, o.value, s.unit)
    FROM @observation o JOIN @series s ON s.id = o.series_id;
