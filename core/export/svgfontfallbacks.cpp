// SPDX-License-Identifier: MIT
#include "svgfontfallbacks.h"

#include <QRegularExpression>

QString SvgFontFallbacks::familyList(const QString &first, const QStringList &families)
{
    QStringList names{first};
    for (const QString &family : families) {
        if (!family.isEmpty() && !names.contains(family))
            names << family;
    }
    QStringList quoted;
    for (QString name : std::as_const(names)) {
        // A family name is data: quotes and markup in it must not end the attribute.
        name.remove(u'\'').remove(u'\\');
        quoted << u'\'' + name.toHtmlEscaped() + u'\'';
    }
    return quoted.join(QStringLiteral(", ")) + QStringLiteral(", sans-serif");
}

QByteArray SvgFontFallbacks::apply(const QByteArray &svg, const QStringList &families)
{
    static const QRegularExpression attribute(QStringLiteral("font-family=\"([^\"]*)\""));
    const QString text = QString::fromUtf8(svg);
    QString out;
    out.reserve(text.size() + text.size() / 8);
    qsizetype from = 0;
    for (QRegularExpressionMatchIterator it = attribute.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(from, m.capturedStart() - from);
        // QSvgGenerator wrote the name escaped; unescape it before it joins the list.
        QString first = m.captured(1);
        first.replace(QStringLiteral("&quot;"), QStringLiteral("\""))
            .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
            .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
            .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        out += QStringLiteral("font-family=\"") + familyList(first, families) + u'"';
        from = m.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out.toUtf8();
}
