// SPDX-License-Identifier: MIT
#include "exportoptions.h"

#include <QCoreApplication>
#include <QRegularExpression>

QString ExportOptions::formatName(Format format)
{
    switch (format) {
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Png:
        break;
    }
    return QStringLiteral("png");
}

bool ExportOptions::parseFormat(const QString &name, Format *format)
{
    for (Format candidate : {Format::Png, Format::Svg, Format::Pdf}) {
        if (name == formatName(candidate)) {
            *format = candidate;
            return true;
        }
    }
    return false;
}

bool ExportOptions::parseSize(const QString &text, QSize *size)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})[x×](\\d{1,5})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return false;
    const int width = match.captured(1).toInt();
    const int height = match.captured(2).toInt();
    if (width < 16 || height < 16 || width > 16384 || height > 16384)
        return false;
    *size = QSize(width, height);
    return true;
}

QList<SizePreset> SizePreset::all()
{
    return {{QStringLiteral("slide"), tr("Slide 16:9 (1920×1080)"), QSize(1920, 1080), 96},
            {QStringLiteral("4k"), tr("4K slide (3840×2160)"), QSize(3840, 2160), 192},
            {QStringLiteral("projector"), tr("Projector 4:3 (1024×768)"), QSize(1024, 768), 96},
            {QStringLiteral("a4"), tr("A4 landscape, 300 dpi (3508×2480)"), QSize(3508, 2480), 300},
            {QStringLiteral("square"), tr("Square social (1080×1080)"), QSize(1080, 1080), 96}};
}

bool SizePreset::byName(const QString &name, SizePreset *preset)
{
    for (const SizePreset &candidate : all()) {
        if (candidate.name == name) {
            *preset = candidate;
            return true;
        }
    }
    return false;
}
