// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

// The README, shipped in the binary, split at its "## " headings into the sections Help shows.
class UserGuide
{
public:
    struct Section
    {
        QString title;
        QString markdown; // the section's text, its heading included
    };

    // The README built into the program (":/help/README.md").
    static QString builtInMarkdown();
    // The text before the first "## " is the introduction, titled after the "# " heading.
    static QList<Section> sections(const QString &markdown);
};
