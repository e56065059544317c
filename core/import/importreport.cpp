// SPDX-License-Identifier: MIT
#include "importreport.h"

#include <QCoreApplication>
#include <QLocale>

QString ImportReport::summary() const
{
    const QLocale locale;
    QString text = QCoreApplication::translate("ImportReport",
                                               "%1 added, %2 updated, %3 unchanged, %4 skipped")
                       .arg(locale.toString(added), locale.toString(updated),
                            locale.toString(unchanged), locale.toString(skipped()));
    QStringList reasons;
    if (skippedMissing)
        reasons << QCoreApplication::translate("ImportReport", "%1 empty")
                       .arg(locale.toString(skippedMissing));
    if (skippedNotMember)
        reasons << QCoreApplication::translate("ImportReport", "%1 not SCO members")
                       .arg(locale.toString(skippedNotMember));
    if (skippedBuiltIn)
        reasons << QCoreApplication::translate("ImportReport", "%1 already built in")
                       .arg(locale.toString(skippedBuiltIn));
    if (!reasons.isEmpty())
        text += QStringLiteral(" (%1)").arg(reasons.join(QStringLiteral(", ")));
    return text;
}
