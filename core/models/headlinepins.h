// SPDX-License-Identifier: MIT
#pragma once

#include "data/fact.h"

#include <QObject>
#include <QSet>
#include <QString>

// Which facts stand as headline tiles. The dataset flags its own: the built-in article's stated
// figures are headlines until the analyst unpins one. An imported fact is one only once pinned,
// so importing hundreds of facts never floods the strip. Kept in QSettings, per fact key.
class HeadlinePins : public QObject
{
    Q_OBJECT
public:
    explicit HeadlinePins(QObject *parent = nullptr);

    bool isHeadline(const Data::Fact &fact) const;
    // Whether FACT is a headline by the dataset's flag rather than the analyst's pin.
    static bool isFlagged(const Data::Fact &fact) { return fact.source.builtIn; }
    void setHeadline(const Data::Fact &fact, bool headline);

signals:
    void changed();

private:
    void save() const;

    QSet<QString> m_pinned;   // imported facts the analyst made headlines
    QSet<QString> m_unpinned; // flagged facts the analyst took off the strip
};
