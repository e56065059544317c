// SPDX-License-Identifier: MIT
#pragma once

#include "source.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Data {

// One numeric figure. A stated fact carries the words its quote uses (asWritten);
// a derived fact carries a formula over other facts' keys (see FormulaEvaluator).
struct Fact
{
    qint64 id = 0;
    QString key;
    QString label;
    QString category;
    double value = 0.0;
    int decimals = 0; // digits the source gives; formatting never rounds them away
    QString unit;     // "%", "pp" or "people"
    QDate periodStart;
    QDate periodEnd;
    QString periodLabel;
    QString basis;     // in the interface language when the dataset translates it
    QString qualifier; // "more than"; empty when exact
    QString asWritten; // empty when derived
    QString quote;
    bool derived = false;
    QString formula;          // derived only, e.g. "{a} - {b}"
    QList<QString> inputKeys; // derived only: the facts the formula reads
    Source source;
    QString basisCode; // the basis as stored ("year-on-year") when basis is translated; else empty

    // The untranslated basis: what rules such as "a growth figure" compare with.
    QString storedBasis() const { return basisCode.isEmpty() ? basis : basisCode; }
};

} // namespace Data

Q_DECLARE_METATYPE(Data::Fact)
