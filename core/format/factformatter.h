// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

#include "data/dataset.h"

#include <QLocale>
#include <QString>

// Turns values into the text a person reads. Numbers use the given locale and keep exactly the
// digits the source gives (Fact::decimals), so nothing is rounded away.
class FactFormatter
{
    Q_DECLARE_TR_FUNCTIONS(FactFormatter)

public:
    static QString number(double value, int decimals, const QLocale &locale = QLocale());
    // NUMBER as a percentage in the interface language: "9.3%", "9,3 %" in Russian. Also for
    // chart label patterns: percent(u"@value") or percent(u"%.1f").
    static QString percent(const QString &number);
    // "9.3%", "3.4 pp", "830 people"
    static QString valueWithUnit(const Data::Fact &fact, const QLocale &locale = QLocale());
    // valueWithUnit with its sign always written: "+9.3%", "-1.2 pp", "0.0 pp". The one rule
    // for a change, wherever one is shown.
    static QString signedValueWithUnit(const Data::Fact &fact, const QLocale &locale = QLocale());
    // valueWithUnit with the qualifier in front: "more than 830 people"
    static QString qualifiedValue(const Data::Fact &fact, const QLocale &locale = QLocale());
    // "percent", "percentage points", "people": for axis titles and tooltips
    static QString unitName(const QString &unit);
    // Axis-title suffix: "%", "pp" or the unit itself
    static QString unitSymbol(const QString &unit);

    static QString date(const QDate &date, const QLocale &locale = QLocale());
    // "China Daily (Chinadaily.com.cn), 29 Aug 2025"
    static QString shortCitation(const Data::Source &source, const QLocale &locale = QLocale());
    // "China Daily (Chinadaily.com.cn), 29 Aug 2025 · Digital tech boom offers …", with the
    // licence when there is one
    static QString citationLine(const Data::Source &source, const QLocale &locale = QLocale());
    // "Source: " and the citationLine
    static QString sourceLine(const Data::Source &source, const QLocale &locale = QLocale());
    // Publisher, author, date and time, title, URL or licence when known.
    static QString fullCitation(const Data::Source &source, const QLocale &locale = QLocale());

    // A derived fact's formula with its inputs spelled out:
    // "9.3% (Digital industry revenue growth, Jan–May 2025) − 3.4 pp (…) = 5.9%"
    static QString derivation(const Data::Fact &fact, const QList<Data::Fact> &facts,
                              const QLocale &locale = QLocale());
};
