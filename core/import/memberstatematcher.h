// SPDX-License-Identifier: MIT
#pragma once

#include "data/memberstate.h"

#include <QList>
#include <QSet>
#include <QString>

// Tells whether a row's country is a member of an organisation: by ISO 3166 alpha-3 code when
// the file has one, by name otherwise. Names are every form Debian's iso-codes gives (name,
// official and common name) plus the membership source's own, compared after folding case,
// punctuation and "Rep." so the World Bank's "Iran, Islamic Rep." matches too.
class MemberStateMatcher
{
public:
    // The iso-codes file Debian installs.
    static QString isoCodesPath();

    MemberStateMatcher(const QList<Data::MemberState> &members, const QString &organisation,
                       const QString &isoCodesFile = isoCodesPath());

    bool isMember(const QString &code, const QString &name) const;
    // The ISO code for a member's name; empty when the name is no member's.
    QString codeOfName(const QString &name) const;
    int memberCount() const { return int(m_codes.size()); }

    static QString foldName(const QString &name);

private:
    QSet<QString> m_codes;
    QHash<QString, QString> m_codeOfName;
};
