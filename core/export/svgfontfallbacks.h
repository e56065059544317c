// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QStringList>

// QSvgGenerator names one font family per text, the first of the font's list, so an SVG of
// Chinese labels asks for DejaVu Sans, which has no Han glyphs, and a renderer drops them.
// This gives every font-family attribute the whole list in CSS form, then "sans-serif":
//   font-family="DejaVu Sans" -> font-family="'DejaVu Sans', 'WenQuanYi Micro Hei', sans-serif"
class SvgFontFallbacks
{
public:
    // SVG with each font-family attribute extended by FAMILIES (those it does not name yet).
    static QByteArray apply(const QByteArray &svg, const QStringList &families);
    // "'DejaVu Sans', 'WenQuanYi Micro Hei', sans-serif": FIRST, then FAMILIES, escaped for an
    // XML attribute in double quotes.
    static QString familyList(const QString &first, const QStringList &families);
};
