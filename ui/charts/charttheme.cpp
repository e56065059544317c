// SPDX-License-Identifier: MIT
#include "charttheme.h"

#include <QCoreApplication>

#include <cmath>

namespace {

// Okabe & Ito (2008), "Color Universal Design".
const QList<QColor> kOkabeIto = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00),
                                 QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                                 QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
                                 QColor(0xF0, 0xE4, 0x42), QColor(0x00, 0x00, 0x00)};

} // namespace

ChartTheme ChartTheme::light()
{
    ChartTheme t;
    t.name = QStringLiteral("light");
    t.background = QColor(0xFF, 0xFF, 0xFF);
    t.text = QColor(0x1A, 0x1A, 0x1A);
    t.mutedText = QColor(0x4D, 0x4D, 0x4D);
    t.grid = QColor(0xDD, 0xDD, 0xDD);
    t.highlight = QColor(0xD5, 0x5E, 0x00);
    t.highlightText = QColor(0xFF, 0xFF, 0xFF);
    t.palette = kOkabeIto;
    return t;
}

ChartTheme ChartTheme::dark()
{
    ChartTheme t;
    t.name = QStringLiteral("dark");
    t.background = QColor(0x1E, 0x1E, 0x1E);
    t.text = QColor(0xF2, 0xF2, 0xF2);
    t.mutedText = QColor(0xC8, 0xC8, 0xC8);
    t.grid = QColor(0x44, 0x44, 0x44);
    t.highlight = QColor(0xF0, 0xE4, 0x42);
    t.highlightText = QColor(0x00, 0x00, 0x00);
    t.palette = {QColor(0x56, 0xB4, 0xE9), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                 QColor(0xCC, 0x79, 0xA7), QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00),
                 QColor(0xF0, 0xE4, 0x42), QColor(0xFF, 0xFF, 0xFF)};
    return t;
}

// Projectors wash out colour and thin lines: pure black on white, thick bars, no grid,
// larger text and the palette at full saturation.
ChartTheme ChartTheme::projector()
{
    ChartTheme t = light();
    t.name = QStringLiteral("projector");
    t.text = QColor(0x00, 0x00, 0x00);
    t.mutedText = QColor(0x1A, 0x1A, 0x1A);
    t.highlight = QColor(0xF0, 0xE4, 0x42); // black on this yellow: 16:1
    t.highlightText = QColor(0x00, 0x00, 0x00);
    t.gridVisible = false;
    t.fontScale = 1.5;
    t.lineScale = 3.0;
    t.barWidth = 0.85;
    return t;
}

QStringList ChartTheme::names()
{
    return {QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("projector")};
}

ChartTheme ChartTheme::byName(const QString &name)
{
    if (name == u"dark")
        return dark();
    if (name == u"projector")
        return projector();
    return light();
}

QString ChartTheme::displayName(const QString &name)
{
    if (name == u"dark")
        return QCoreApplication::translate("ChartTheme", "Dark");
    if (name == u"projector")
        return QCoreApplication::translate("ChartTheme", "Projector");
    return QCoreApplication::translate("ChartTheme", "Light");
}

namespace {

qreal relativeLuminance(const QColor &c)
{
    const auto channel = [](qreal v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

qreal ChartTheme::contrastRatio(const QColor &a, const QColor &b)
{
    const qreal la = relativeLuminance(a);
    const qreal lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QList<QPair<QColor, QColor>> ChartTheme::textPairs() const
{
    return {{text, background}, {mutedText, background}, {highlightText, highlight}};
}
