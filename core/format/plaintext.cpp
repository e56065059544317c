// SPDX-License-Identifier: MIT
#include "plaintext.h"

#include <QTextDocument>

#include <algorithm>

namespace {

bool isBidiControl(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x061C || u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E) ||
           (u >= 0x2066 && u <= 0x2069);
}

} // namespace

QString PlainText::isolated(const QString &text)
{
    if (std::none_of(text.cbegin(), text.cend(), isBidiControl))
        return text;
    return QChar(0x2068) + text + QChar(0x2069);
}

QString PlainText::html(const QString &text)
{
    return isolated(text).toHtmlEscaped();
}

QString PlainText::toolTip(const QString &text)
{
    return Qt::convertFromPlainText(isolated(text), Qt::WhiteSpaceNormal);
}
