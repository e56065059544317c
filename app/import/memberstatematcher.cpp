// SPDX-License-Identifier: MIT
#include "memberstatematcher.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

QString MemberStateMatcher::isoCodesPath()
{
    return QStringLiteral("/usr/share/iso-codes/json/iso_3166-1.json");
}

MemberStateMatcher::MemberStateMatcher(const QList<Data::MemberState> &members,
                                       const QString &organisation, const QString &isoCodesFile)
{
    for (const Data::MemberState &m : members) {
        if (m.organisation != organisation)
            continue;
        m_codes.insert(m.iso3);
        m_codeOfName.insert(foldName(m.name), m.iso3);
    }
    QFile file(isoCodesFile);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonArray countries =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("3166-1")).toArray();
    for (const QJsonValue &value : countries) {
        const QJsonObject country = value.toObject();
        const QString code = country.value(QStringLiteral("alpha_3")).toString();
        if (!m_codes.contains(code))
            continue;
        for (const char *field : {"name", "official_name", "common_name"}) {
            const QString name = country.value(QLatin1String(field)).toString();
            if (!name.isEmpty())
                m_codeOfName.insert(foldName(name), code);
        }
    }
}

QString MemberStateMatcher::foldName(const QString &name)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\w]+"));
    static const QRegularExpression republic(QStringLiteral("\\brep\\b"));
    QString folded = name.normalized(QString::NormalizationForm_KC).toCaseFolded();
    folded.replace(nonWord, QStringLiteral(" "));
    folded.replace(republic, QStringLiteral("republic"));
    folded = folded.simplified();
    if (folded.endsWith(QStringLiteral(" of")))
        folded.chop(3);
    return folded;
}

QString MemberStateMatcher::codeOfName(const QString &name) const
{
    return m_codeOfName.value(foldName(name));
}

bool MemberStateMatcher::isMember(const QString &code, const QString &name) const
{
    if (code.size() == 3)
        return m_codes.contains(code.toUpper());
    return !codeOfName(name).isEmpty();
}
