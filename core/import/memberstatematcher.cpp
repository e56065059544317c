// SPDX-License-Identifier: MIT
#include "memberstatematcher.h"

#include "i18n/isocountries.h"

#include <QRegularExpression>

QString MemberStateMatcher::isoCodesPath()
{
    return IsoCountries::path();
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
    for (const IsoCountry &country : IsoCountries::read(isoCodesFile)) {
        if (!m_codes.contains(country.alpha3))
            continue;
        for (const QString &name : {country.name, country.officialName, country.commonName}) {
            if (!name.isEmpty())
                m_codeOfName.insert(foldName(name), country.alpha3);
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
