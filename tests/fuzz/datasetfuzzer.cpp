// SPDX-License-Identifier: MIT
// libFuzzer target: any bytes as the user store. Opening it runs the link, header, version
// and quick_check checks; loading it runs the dataset reader with its value, date and formula
// checks. Seeded with the built-in dataset and a store made by an import.
#include "fuzzsupport.h"
#include "store/repository.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::application();
    const QString file = FuzzSupport::scratchPath(QStringLiteral("store.sqlite"));
    FuzzSupport::removeStore(file);
    FuzzSupport::writeFile(file, data, size);
    {
        Repository repository;
        repository.openAndLoad(file, Repository::UserStore::OpenIfPresent);
    }
    FuzzSupport::removeStore(file);
    return 0;
}
