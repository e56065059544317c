// SPDX-License-Identifier: MIT
#include "charttheme.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cmath>

namespace {

// Okabe & Ito (2008), "Color Universal Design".
const QList<QColor> kOkabeIto = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00),
                                 QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                                 QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
                                 QColor(0xF0, 0xE4, 0x42), QColor(0x00, 0x00, 0x00)};

} // namespace

QPalette ChartTheme::widgetPalette() const
{
    const bool dark = background.lightness() < 128;
    const QColor window = dark ? background.lighter(130) : QColor(0xF2, 0xF2, 0xF2);
    const QColor alternate = dark ? background.lighter(115) : QColor(0xF7, 0xF7, 0xF7);
    const QColor button = dark ? background.lighter(150) : QColor(0xEA, 0xEA, 0xEA);
    QPalette p;
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool disabled = group == QPalette::Disabled;
        const QColor ink = disabled ? mutedText : text;
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::WindowText, ink);
        p.setColor(group, QPalette::Base, background);
        p.setColor(group, QPalette::AlternateBase, alternate);
        p.setColor(group, QPalette::Text, ink);
        p.setColor(group, QPalette::Button, button);
        p.setColor(group, QPalette::ButtonText, ink);
        p.setColor(group, QPalette::BrightText, dark ? QColor(Qt::white) : QColor(Qt::black));
        p.setColor(group, QPalette::ToolTipBase, background);
        p.setColor(group, QPalette::ToolTipText, text);
        p.setColor(group, QPalette::PlaceholderText, mutedText);
        p.setColor(group, QPalette::Highlight, highlight);
        p.setColor(group, QPalette::HighlightedText, highlightText);
        p.setColor(group, QPalette::Link,
                   dark ? QColor(0x56, 0xB4, 0xE9) : QColor(0x00, 0x72, 0xB2));
        p.setColor(group, QPalette::Mid, grid.darker(dark ? 80 : 130));
        p.setColor(group, QPalette::Light, button.lighter(120));
        p.setColor(group, QPalette::Midlight, button.lighter(110));
        p.setColor(group, QPalette::Dark, button.darker(150));
        p.setColor(group, QPalette::Shadow, QColor(Qt::black));
    }
    return p;
}

QString ChartTheme::platformDefault()
{
    static const bool dark = QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
    return dark ? QStringLiteral("dark") : QStringLiteral("light");
}

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
