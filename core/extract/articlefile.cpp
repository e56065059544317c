// SPDX-License-Identifier: MIT
#include "articlefile.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

std::optional<QString> ArticleFile::fail(const QString &message)
{
    m_error = message;
    return std::nullopt;
}

std::optional<QString> ArticleFile::read(const QString &path)
{
    m_error.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxBytes)
        return fail(tr("%1 is %2 MB, larger than any article (at most %3 MB are read).")
                        .arg(path)
                        .arg(file.size() / (1024 * 1024))
                        .arg(kMaxBytes / (1024 * 1024)));
    const QByteArray bytes = file.readAll();
    if (bytes.startsWith("%PDF"))
        return fail(
            tr("%1 is a PDF; save the article as text or HTML, or copy its text.").arg(path));
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError() || bytes.contains('\0'))
        return fail(tr("%1 is not text: it is neither UTF-8 text nor an HTML page.").arg(path));
    static const QRegularExpression htmlStart(QStringLiteral("^\\s*<(?:!doctype html|html)\\b"),
                                              QRegularExpression::CaseInsensitiveOption);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"html" || suffix == u"htm" || htmlStart.match(text.left(512)).hasMatch())
        text = textOfHtml(text);
    if (text.trimmed().isEmpty())
        return fail(tr("%1 has no text.").arg(path));
    return text;
}

namespace {

// &amp;, &#8220; and &#x201C; as the characters they stand for; an unknown name stays as written.
QString decodedEntities(const QString &text)
{
    static const QRegularExpression entity(
        QStringLiteral("&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});"));
    static const QHash<QString, QString> named{{QStringLiteral("amp"), QStringLiteral("&")},
                                               {QStringLiteral("lt"), QStringLiteral("<")},
                                               {QStringLiteral("gt"), QStringLiteral(">")},
                                               {QStringLiteral("quot"), QStringLiteral("\"")},
                                               {QStringLiteral("apos"), QStringLiteral("'")},
                                               {QStringLiteral("nbsp"), QStringLiteral(" ")},
                                               {QStringLiteral("ndash"), QStringLiteral("–")},
                                               {QStringLiteral("mdash"), QStringLiteral("—")},
                                               {QStringLiteral("lsquo"), QStringLiteral("‘")},
                                               {QStringLiteral("rsquo"), QStringLiteral("’")},
                                               {QStringLiteral("ldquo"), QStringLiteral("“")},
                                               {QStringLiteral("rdquo"), QStringLiteral("”")},
                                               {QStringLiteral("hellip"), QStringLiteral("…")}};
    QString out;
    qsizetype last = 0;
    for (auto it = entity.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        QString replacement = m.captured();
        if (name.startsWith(u'#')) {
            bool ok = false;
            const uint code = name.startsWith(QStringLiteral("#x"), Qt::CaseInsensitive)
                                  ? name.mid(2).toUInt(&ok, 16)
                                  : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF && QChar::isPrint(char32_t(code)))
                replacement = QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        } else if (named.contains(name.toLower())) {
            replacement = named.value(name.toLower());
        }
        out += replacement;
        last = m.capturedEnd();
    }
    return out + QStringView(text).mid(last);
}

} // namespace

// The markup is read as text, never laid out: scripts, styles and comments are removed, a
// block element ends a line, every other tag is dropped, and entities are decoded.
QString ArticleFile::textOfHtml(const QString &html)
{
    static const QRegularExpression hidden(
        QStringLiteral("<!--.*?-->|<(script|style|noscript|template)\\b[^>]*>.*?</\\1\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression block(
        QStringLiteral("</?(?:p|div|br|h[1-6]|li|tr|section|article|header|footer|blockquote|"
                       "figcaption|title|ul|ol|table)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\r\\f\\v]+"));
    static const QRegularExpression blankLines(QStringLiteral("\\s*\\n\\s*"));
    QString text = html;
    text.remove(hidden);
    text.replace(u'\n', u' ');
    text.replace(block, QStringLiteral("\n"));
    text.remove(tag);
    text.replace(spaces, QStringLiteral(" "));
    text = decodedEntities(text);
    text.replace(QChar::Nbsp, u' ');
    text.replace(blankLines, QStringLiteral("\n"));
    return text.trimmed();
}
