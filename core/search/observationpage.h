// SPDX-License-Identifier: MIT
#pragma once

#include "data/observation.h"
#include "data/series.h"

#include <QList>
#include <QMetaType>
#include <QString>

// One row of the observation table: the observation and its series, by index into the
// catalogue (the built-in series, then the user store's).
struct ObservationTableRow
{
    int series = -1;
    qint64 userId = 0; // the user store's row id; 0 for a built-in row
    qint64 seriesId = 0;
    Data::Observation observation;
};

// What the search worker sends to the model, tagged with the search it answers.
struct ObservationPage
{
    enum class Kind { Catalogue, FirstPage, NextPage, Count, Total, Failure };
    Kind kind = Kind::FirstPage;
    int generation = 0;
    QList<ObservationTableRow> rows;
    bool more = false;
    qint64 count = -1;             // Kind::Count: how many rows match
    QList<Data::Series> catalogue; // Kind::Catalogue
    qint64 total = -1;             // Kind::Total: every row, built in and user
    QString error;                 // Kind::Failure
};
Q_DECLARE_METATYPE(ObservationPage)
