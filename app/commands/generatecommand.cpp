// SPDX-License-Identifier: MIT
#include "generatecommand.h"

#include "store/storegenerator.h"

#include <QLocale>

bool GenerateCommand::run(const Invocation &invocation)
{
    StoreGenerator generator;
    if (!generator.generate(invocation.outPath, invocation.rows)) {
        m_error = generator.errorString();
        return false;
    }
    m_output = (tr("Wrote %1: %2 observations in %3 series over %4 countries and regions, "
                   "1960-2023.")
                    .arg(invocation.outPath, QLocale().toString(invocation.rows))
                    .arg(generator.seriesWritten())
                    .arg(generator.entitiesUsed()) +
                u'\n')
                   .toUtf8();
    return true;
}
