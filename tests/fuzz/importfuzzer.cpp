// SPDX-License-Identifier: MIT
// libFuzzer target: any bytes as a CSV file through the whole import in dry-run mode (format
// probe, CSV reader, the OWID, World Bank and facts readers, row matching, the store writer,
// rolled back). The first byte picks the format, so each reader sees every input.
#include "fuzzsupport.h"
#include "import/importer.h"
#include "import/importoptions.h"
#include "store/repository.h"
#include "store/sqlite/sqlitestore.h"

#include <QFile>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::application();
    // Never destroyed: at exit Qt's SQL driver registry is gone before function statics.
    static Repository &repository = *new Repository;
    static const Data::Dataset builtIn = [] {
        repository.open(FuzzSupport::scratchPath(QStringLiteral("import-store.sqlite")),
                        Repository::UserStore::CreateIfAbsent);
        return repository.loadBuiltIn().value_or(Data::Dataset{});
    }();
    if (size == 0)
        return 0;
    static const ImportOptions::Format formats[] = {
        ImportOptions::Format::Auto, ImportOptions::Format::Facts, ImportOptions::Format::Owid,
        ImportOptions::Format::WorldBank};
    ImportOptions options;
    options.format = formats[data[0] % 4];
    options.scoOnly = data[0] & 4;
    options.dryRun = true;
    const QString file = FuzzSupport::scratchPath(QStringLiteral("input.csv"));
    FuzzSupport::writeFile(file, data + 1, size - 1);
    SqliteStore store(repository);
    Importer importer(store, builtIn);
    importer.run(file, options);
    return 0;
}
