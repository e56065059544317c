// SPDX-License-Identifier: MIT
#pragma once

#include "event.h"
#include "fact.h"
#include "memberstate.h"
#include "person.h"
#include "series.h"
#include "source.h"
#include "topic.h"

#include <QList>

namespace Data {

// Everything one store holds, as values. Facts and series carry copies of their source.
struct Dataset
{
    QList<Source> sources;
    QList<Fact> facts;
    QList<Series> series;
    QList<Topic> topics;
    QList<Person> people;
    QList<Event> events;
    QList<MemberState> memberStates;
    // The user store these rows were read with; empty when none was attached. The models read
    // the rows of onDemand series from it.
    QString userStorePath;

    const Fact *factByKey(const QString &key) const
    {
        for (const Fact &fact : facts) {
            if (fact.key == key)
                return &fact;
        }
        return nullptr;
    }
};

} // namespace Data
