// SPDX-License-Identifier: MIT
#include "proposalfacts.h"

#include <QRegularExpression>
#include <QStringList>

namespace {

QString slug(const QString &text, int words)
{
    static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
    const QStringList parts = text.toLower().split(nonWord, Qt::SkipEmptyParts).mid(0, words);
    return parts.join(u'-');
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

Data::Source ProposalFacts::sourceOf(const ArticleCitation &citation)
{
    Data::Source s;
    s.publisher = citation.outlet;
    s.title = citation.title;
    s.author = citation.author;
    s.url = citation.url;
    s.published = citation.published;
    QStringList key{slug(citation.outlet, 3), citation.published.toString(Qt::ISODate),
                    slug(citation.title, 6)};
    key.removeAll(QString());
    s.key = key.join(u'-');
    return s;
}

Data::Fact ProposalFacts::factOf(const FigureProposal &p, const Data::Source &source, int n)
{
    Data::Fact f;
    f.key = source.key + QStringLiteral("/%1").arg(n);
    f.label = p.label;
    f.category = p.category.isEmpty() ? tr("From the article") : p.category;
    f.value = p.value;
    f.decimals = p.decimals;
    f.unit = p.unit;
    f.qualifier = p.qualifier;
    f.basis = p.basis;
    f.asWritten = p.asWritten;
    f.quote = p.quote;
    f.source = source;
    if (p.periodStart.isValid()) {
        f.periodStart = p.periodStart;
        f.periodEnd = p.periodEnd;
        f.periodLabel = p.periodLabel;
    } else {
        f.periodStart = f.periodEnd = source.published;
        f.periodLabel = tr("as of %1").arg(source.published.toString(Qt::ISODate));
    }
    return f;
}

QJsonObject ProposalFacts::jsonOf(const FigureProposal &p)
{
    return {{QStringLiteral("value"), p.value},
            {QStringLiteral("scale"), p.scale},
            {QStringLiteral("unit"), p.unit},
            {QStringLiteral("qualifier"), p.qualifier},
            {QStringLiteral("as_written"), p.asWritten},
            {QStringLiteral("period_start"), dateOrNull(p.periodStart)},
            {QStringLiteral("period_end"), dateOrNull(p.periodEnd)},
            {QStringLiteral("period"), p.periodLabel},
            {QStringLiteral("basis"), p.basis},
            {QStringLiteral("label"), p.label},
            {QStringLiteral("quote"), p.quote}};
}
