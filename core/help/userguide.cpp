// SPDX-License-Identifier: MIT
#include "userguide.h"

#include <QFile>

QString UserGuide::builtInMarkdown()
{
    QFile file(QStringLiteral(":/help/README.md"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QList<UserGuide::Section> UserGuide::sections(const QString &markdown)
{
    QList<Section> sections;
    bool inCode = false;
    for (const QString &line : markdown.split(u'\n')) {
        if (line.startsWith(QStringLiteral("```")))
            inCode = !inCode;
        const bool heading = !inCode && line.startsWith(QStringLiteral("## "));
        if (sections.isEmpty() || heading) {
            const QString title = heading                                 ? line.mid(3).trimmed()
                                  : line.startsWith(QStringLiteral("# ")) ? line.mid(2).trimmed()
                                                                          : QString();
            sections.append({title, QString()});
        }
        sections.last().markdown += line + u'\n';
    }
    return sections;
}
