// SPDX-License-Identifier: MIT
#pragma once

#include "source.h"
#include <QDate>

#include <QString>

namespace Data {

// A dated event. dateBasis explains the date when the text names a weekday, not a date.
struct Event
{
    QString key;
    QString name;
    QString place;
    QDate startDate;
    QDate endDate;
    QString dateBasis;
    QString quote;
    Source source;
};

} // namespace Data
