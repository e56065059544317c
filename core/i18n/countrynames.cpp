// SPDX-License-Identifier: MIT
#include "countrynames.h"

#include "isocountries.h"

#include <QFile>
#include <QMutex>
#include <QtEndian>

namespace {

// alpha-3 → the English names iso-codes may translate, the common name first: a catalogue
// can translate "Iran, Islamic Republic of" but not "Iran" (Russian does).
QHash<QString, QStringList> englishNames()
{
    QHash<QString, QStringList> names;
    for (const IsoCountry &country : IsoCountries::read())
        names.insert(country.alpha3, {country.usualName(), country.name});
    return names;
}

} // namespace

QHash<QString, QString> CountryNames::readCatalogue(const QString &path)
{
    QHash<QString, QString> catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return catalogue;
    const QByteArray mo = file.readAll();
    const auto word = [&mo](qsizetype at, bool little) -> quint32 {
        if (at < 0 || at + 4 > mo.size())
            return 0;
        return little ? qFromLittleEndian<quint32>(mo.constData() + at)
                      : qFromBigEndian<quint32>(mo.constData() + at);
    };
    const bool little = word(0, true) == 0x950412de;
    if (!little && word(0, false) != 0x950412de)
        return catalogue;
    const quint32 count = word(8, little);
    const quint32 originals = word(12, little);
    const quint32 translations = word(16, little);
    const auto text = [&](quint32 table, quint32 i) {
        const quint32 length = word(qsizetype(table) + 8 * qsizetype(i), little);
        const quint32 offset = word(qsizetype(table) + 8 * qsizetype(i) + 4, little);
        if (qsizetype(offset) + qsizetype(length) > mo.size())
            return QString();
        return QString::fromUtf8(mo.constData() + offset, qsizetype(length));
    };
    for (quint32 i = 0; i < count; ++i) {
        const QString original = text(originals, i);
        if (!original.isEmpty())
            catalogue.insert(original, text(translations, i));
    }
    return catalogue;
}

QString CountryNames::localized(const QString &iso3, const QString &fallback,
                                const QString &language)
{
    if (language.isEmpty() || language == u"en")
        return fallback;
    static QMutex mutex;
    static const QHash<QString, QStringList> english = englishNames();
    static QHash<QString, QHash<QString, QString>> catalogues;
    const QMutexLocker lock(&mutex);
    if (!catalogues.contains(language))
        catalogues.insert(language, readCatalogue(QStringLiteral("/usr/share/locale/%1/LC_MESSAGES/"
                                                                 "iso_3166-1.mo")
                                                      .arg(language)));
    const QHash<QString, QString> &catalogue = catalogues[language];
    for (const QString &englishName : english.value(iso3)) {
        const QString name = catalogue.value(englishName);
        if (!name.isEmpty())
            return name;
    }
    return fallback;
}

void CountryNames::localize(Data::Dataset &dataset, const QString &language)
{
    if (language == u"en")
        return;
    for (Data::Series &series : dataset.series) {
        for (Data::Observation &o : series.observations) {
            if (!o.aggregate && o.entityCode.size() == 3)
                o.entity = localized(o.entityCode, o.entity, language);
        }
    }
    for (Data::MemberState &member : dataset.memberStates)
        member.name = localized(member.iso3, member.name, language);
}
