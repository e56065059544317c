// SPDX-License-Identifier: MIT
#include "generatecommand.h"

#include "store/storegenerator.h"

#include <QLocale>

bool GenerateCommand::run(const Invocation &invocation)
{
    StoreGenerator generator;
    if (!generator.generate(invocation.outPath, invocation.rows, invocation.facts)) {
        m_error = generator.errorString();
        return false;
    }
    QStringList said;
    if (invocation.rows > 0)
        said << tr("%1 observations in %2 series over %3 countries and regions, 1960-2023.")
                    .arg(QLocale().toString(invocation.rows))
                    .arg(generator.seriesWritten())
                    .arg(generator.entitiesUsed());
    if (invocation.facts > 0)
        said << tr("%1 facts of 100 generated articles, in English, Chinese and Russian.")
                    .arg(QLocale().toString(invocation.facts));
    const QString text = tr("Wrote %1: %2").arg(invocation.outPath, said.join(u' '));
    m_output = (text + u'\n').toUtf8();
    return true;
}
