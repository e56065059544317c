-- SPDX-License-Identifier: MIT
-- The facts' search index and sort indexes (schema version 4), of a user store and of the
-- built-in dataset alike: both are read by one query path (SqliteFactQuery).
--
-- '@' stands for the schema the store is attached as ('' when it is main). The program writes
-- each fact's fact.search_document (FactSearchDocument) with the fact; these triggers, plain
-- SQL, keep the index in step with the column, so any SQLite tool can write a store. A fact
-- written without a document is a candidate for every search word (fact_without_document),
-- and the program's check of each candidate decides.

CREATE VIRTUAL TABLE @fact_search USING fts5(
    search_document, content = 'fact', content_rowid = 'id',
    tokenize = 'trigram case_sensitive 1', detail = 'none');

CREATE INDEX @fact_by_label ON fact(label);
CREATE INDEX @fact_by_value ON fact(value);
CREATE INDEX @fact_by_period ON fact(period_start);
CREATE INDEX @fact_by_source ON fact(source_id);
CREATE INDEX @fact_without_document ON fact(id) WHERE search_document IS NULL;

CREATE TRIGGER @fact_search_insert AFTER INSERT ON fact
    WHEN NEW.search_document IS NOT NULL BEGIN
    INSERT INTO fact_search (rowid, search_document) VALUES (NEW.id, NEW.search_document);
END;

CREATE TRIGGER @fact_search_delete AFTER DELETE ON fact
    WHEN OLD.search_document IS NOT NULL BEGIN
    INSERT INTO fact_search (fact_search, rowid, search_document)
        VALUES ('delete', OLD.id, OLD.search_document);
END;

CREATE TRIGGER @fact_search_update AFTER UPDATE OF search_document ON fact BEGIN
    INSERT INTO fact_search (fact_search, rowid, search_document)
        SELECT 'delete', OLD.id, OLD.search_document WHERE OLD.search_document IS NOT NULL;
    INSERT INTO fact_search (rowid, search_document)
        SELECT NEW.id, NEW.search_document WHERE NEW.search_document IS NOT NULL;
END;
