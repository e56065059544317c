// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;

// The user store's schema as this program makes it, and the check that a store holds nothing
// else: a store from a colleague or a download may carry views, triggers or tables of its own,
// and SQLite would run them inside the program's own statements.
class StoreSchema
{
public:
    // resources/data/schema.sql, search.sql and factsearch.sql, for a new store attached as
    // main.
    static QByteArray creationScript();
    // resources/data/search.sql for a store attached as SCHEMA ("" when it is main).
    static QByteArray searchScript(const QByteArray &schema);
    // resources/data/factsearch.sql for a store attached as SCHEMA.
    static QByteArray factSearchScript(const QByteArray &schema);
    // Either from SCRIPT, the file's text: for the build's tool, which has no resources.
    static QByteArray searchScript(const QByteArray &schema, const QByteArray &script);

    // Empty when every object in SCHEMA of DB is one this program makes, with its columns,
    // and its triggers, views and indexes word for word; otherwise a sentence naming the first
    // object that is not. A store at an older VERSION may lack objects and columns that later
    // migrations add, never have others.
    static QString problem(sqlite3 *db, const char *schema, int version, int currentVersion);
};
