// SPDX-License-Identifier: MIT
// Build tool: imports an OWID CSV into a compiled dataset with the program's own importer.
// Usage: sco-datasetimport DATASET.sqlite FILE.csv SOURCE_NAME LICENCE SEARCH.sql
//        FACTSEARCH.sql
// The rows become part of the built-in dataset, so they carry no import time, and every row
// of the dataset is indexed for search as a user store's rows are.
#include "import/importer.h"
#include "store/sqlite/sqlitestore.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 7) {
        std::fprintf(stderr, "usage: sco-datasetimport DATASET.sqlite FILE.csv SOURCE LICENCE"
                             " SEARCH.sql FACTSEARCH.sql\n");
        return 2;
    }
    QFile searchSql(args.at(5));
    QFile factSearchSql(args.at(6));
    for (QFile *file : {&searchSql, &factSearchSql}) {
        if (!file->open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "sco-datasetimport: %s: %s\n", qPrintable(file->fileName()),
                         qPrintable(file->errorString()));
            return 1;
        }
    }
    SqliteStore store;
    Repository &repository = store.repository();
    if (!repository.openStoreOnly(args.at(1))) {
        std::fprintf(stderr, "sco-datasetimport: %s\n", qPrintable(repository.errorString()));
        return 1;
    }
    ImportOptions options;
    options.format = ImportOptions::Format::Owid;
    options.sourceName = args.at(3);
    options.sourceLicence = args.at(4);
    Importer importer(store, {});
    if (!importer.run(args.at(2), options) ||
        !repository.markBuiltIn(searchSql.readAll(), factSearchSql.readAll())) {
        const QString why = importer.report().problems.isEmpty()
                                ? importer.errorString() + repository.errorString()
                                : importer.report().problems.text();
        std::fprintf(stderr, "sco-datasetimport: %s\n", qPrintable(why));
        return 1;
    }
    std::printf("sco-datasetimport: %s\n", qPrintable(importer.report().summary()));
    return 0;
}
