// SPDX-License-Identifier: MIT
#include "export/svgfontfallbacks.h"

#include <gtest/gtest.h>

namespace {

TEST(SvgFontFallbacks, EveryFontFamilyGetsTheWholeListThenSansSerif)
{
    const QByteArray svg = "<g font-family=\"DejaVu Sans\" font-size=\"12\"><text>增长</text></g>"
                           "<g font-family=\"DejaVu Sans\"><text>x</text></g>";
    const QByteArray out = SvgFontFallbacks::apply(
        svg, {QStringLiteral("DejaVu Sans"), QStringLiteral("WenQuanYi Micro Hei")});
    EXPECT_EQ(out, QByteArray("<g font-family=\"'DejaVu Sans', 'WenQuanYi Micro Hei', sans-serif\" "
                              "font-size=\"12\"><text>增长</text></g>"
                              "<g font-family=\"'DejaVu Sans', 'WenQuanYi Micro Hei', "
                              "sans-serif\"><text>x</text></g>"));
}

TEST(SvgFontFallbacks, AFamilyNameCannotEndTheAttribute)
{
    const QString list =
        SvgFontFallbacks::familyList(QStringLiteral("A\"><script>'"), {QStringLiteral("B")});
    EXPECT_EQ(list, QStringLiteral("'A&quot;&gt;&lt;script&gt;', 'B', sans-serif"));
    // As QSvgGenerator writes it, escaped, it is read back and escaped once, not twice.
    EXPECT_EQ(SvgFontFallbacks::apply("<g font-family=\"A &amp; B\">", {}),
              QByteArray("<g font-family=\"'A &amp; B', sans-serif\">"));
}

} // namespace
