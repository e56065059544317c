// SPDX-License-Identifier: MIT
#include "labeltranslations.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace {

class Lookup
{
public:
    void insert(const QString &table, const QString &key, const QString &column,
                const QString &text)
    {
        m_texts.insert(table + u'\x1f' + key + u'\x1f' + column, text);
    }

    // Replaces TEXT with its translation, if there is one; returns whether it did.
    bool replace(const char *table, const QString &key, const char *column, QString &text) const
    {
        const auto it = m_texts.constFind(QLatin1String(table) + u'\x1f' + key + u'\x1f' +
                                          QLatin1String(column));
        if (it == m_texts.cend())
            return false;
        text = *it;
        return true;
    }

    bool isEmpty() const { return m_texts.isEmpty(); }

private:
    QHash<QString, QString> m_texts;
};

void translateFacts(const Lookup &l, QList<Data::Fact> &facts)
{
    for (Data::Fact &f : facts) {
        l.replace("fact", f.key, "label", f.label);
        l.replace("fact", f.key, "category", f.category);
        l.replace("fact", f.key, "period_label", f.periodLabel);
        l.replace("fact", f.key, "qualifier", f.qualifier);
        const QString stored = f.basis;
        if (l.replace("fact", f.key, "basis", f.basis))
            f.basisCode = stored;
    }
}

void translateTopics(const Lookup &l, QList<Data::Topic> &topics)
{
    for (Data::Topic &t : topics) {
        l.replace("topic", t.key, "pillar", t.pillar);
        l.replace("topic", t.key, "name", t.name);
        const QString stored = t.kind;
        if (l.replace("topic", t.key, "kind", t.kind))
            t.kindCode = stored;
    }
}

} // namespace

bool LabelTranslations::apply(const QSqlDatabase &db, const QString &schema,
                              const QString &language, Data::Dataset &dataset, QString *error)
{
    if (language.isEmpty() || language == u"en")
        return true;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT 1 FROM %1.sqlite_master WHERE type = 'table'"
                               " AND name = 'label_translation'")
                    .arg(schema)) ||
        !q.next())
        return true; // no translations here
    q.prepare(QStringLiteral("SELECT table_name, row_key, column_name, text"
                             " FROM %1.label_translation WHERE language = ?")
                  .arg(schema));
    q.addBindValue(language);
    if (!q.exec()) {
        *error = QStringLiteral("table 'label_translation': %1").arg(q.lastError().databaseText());
        return false;
    }
    Lookup l;
    while (q.next())
        l.insert(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                 q.value(3).toString());
    if (l.isEmpty())
        return true;
    translateFacts(l, dataset.facts);
    translateTopics(l, dataset.topics);
    for (Data::Series &s : dataset.series)
        l.replace("series", s.key, "label", s.label);
    for (Data::Event &e : dataset.events) {
        l.replace("event", e.key, "name", e.name);
        l.replace("event", e.key, "place", e.place);
        l.replace("event", e.key, "date_basis", e.dateBasis);
    }
    for (Data::Person &p : dataset.people) {
        l.replace("person", p.key, "name", p.name);
        l.replace("person", p.key, "role", p.role);
        l.replace("person", p.key, "organisation", p.organisation);
    }
    return true;
}
