// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

#include <QList>
#include <QSize>
#include <QString>

// How to write a chart image. Sizes are in output pixels (for PDF: pixels at dpi).
struct ExportOptions
{
    enum class Format { Png, Svg, Pdf };

    Format format = Format::Png;
    QSize size = QSize(1920, 1080);
    int dpi = 96;
    QString theme = QStringLiteral("light");
    bool transparent = false; // PNG and SVG only
    bool includeTitle = true;
    bool includeFooter = true;

    static QString formatName(Format format);
    static QString suffix(Format format) { return formatName(format); }
    // Accepts "png", "svg" and "pdf"; returns false for anything else.
    static bool parseFormat(const QString &name, Format *format);
    // Accepts "WxH" with both sides in 16..16384; returns false otherwise.
    static bool parseSize(const QString &text, QSize *size);
};

// The named output sizes analysts ask for.
struct SizePreset
{
    Q_DECLARE_TR_FUNCTIONS(SizePreset)

public:
    QString name;  // for the command line: "slide", "4k", …
    QString label; // for people: "Slide 16:9 (1920×1080)"
    QSize size;
    int dpi;

    static QList<SizePreset> all();
    // Returns false when no preset has that name.
    static bool byName(const QString &name, SizePreset *preset);
};
