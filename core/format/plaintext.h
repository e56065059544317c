// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Text from data (a label, a country name, a quote) shown as the text it is: never as markup,
// and with its bidirectional controls kept inside it, so an unclosed override cannot reorder
// the text around it.
class PlainText
{
public:
    // TEXT in a first-strong isolate (U+2068 … U+2069) when it holds bidi controls; unchanged
    // otherwise.
    static QString isolated(const QString &text);
    // isolated(TEXT), escaped for rich text: chart titles, legends, HTML tooltips.
    static QString html(const QString &text);
    // A tooltip that shows TEXT literally, line breaks kept.
    static QString toolTip(const QString &text);
};
