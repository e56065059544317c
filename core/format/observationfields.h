// SPDX-License-Identifier: MIT
#pragma once

#include "data/observation.h"
#include "data/series.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

// The text of an observation row as the tables show it and as search reads it, in one place,
// so what is shown is what is found.
class ObservationFields
{
    Q_DECLARE_TR_FUNCTIONS(ObservationFields)

public:
    // The columns of an observation table (SeriesModel, ObservationTableModel).
    enum Column { SeriesLabel, Entity, Period, Value, Unit, Kind, Source, ColumnCount };

    // COLUMN's text for the row of O in SERIES.
    static QString text(const Data::Series &series, const Data::Observation &o, int column);
    static QString title(int column);

    // The entity in the interface language: a country by its ISO code from iso-codes;
    // aggregates and unknown codes as the source names them.
    static QString entity(const Data::Observation &o);
    // Every digit, no group separator: "1234567.5", or "1234567,5" in Russian.
    static QString value(double value, const QLocale &locale = QLocale());
    static QString kind(bool derived);
    // Folded texts a search word is looked for in, besides the entity and the row's own
    // period and value (SearchDocument): label, unit, source, and the codes.
    static QStringList seriesTexts(const Data::Series &series);
    static QStringList entityTexts(const QString &shownEntity, const QString &entityCode);
};
