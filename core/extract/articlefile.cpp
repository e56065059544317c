// SPDX-License-Identifier: MIT
#include "articlefile.h"
#include "pagereadingorder.h"

#include <poppler-qt6.h>

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QUrl>

std::optional<QString> ArticleFile::fail(const QString &message)
{
    m_error = message;
    return std::nullopt;
}

namespace {

// A page's text layer as lines where the page sets them: poppler chains the words of one line.
QList<PageLine> linesOf(const Poppler::Page &page)
{
    QList<PageLine> lines;
    const std::vector<std::unique_ptr<Poppler::TextBox>> words = page.textList();
    const Poppler::TextBox *previous = nullptr;
    for (const std::unique_ptr<Poppler::TextBox> &word : words) {
        if (previous == nullptr || previous->nextWord() != word.get())
            lines.append(PageLine{});
        PageLine &line = lines.last();
        if (previous != nullptr && previous->nextWord() == word.get() && previous->hasSpaceAfter())
            line.text += u' ';
        line.text += word->text();
        line.box = line.box.isNull() ? word->boundingBox() : line.box | word->boundingBox();
        previous = word.get();
    }
    return lines;
}

} // namespace

// A PDF's text layer, page by page; a damaged or locked file is named, never guessed at.
std::optional<QString> ArticleFile::readPdf(const QString &path, const QByteArray &bytes)
{
    // Poppler reports a damaged file's every flaw on stderr; the one sentence below says it.
    Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document || document->isLocked())
        return fail(
            tr("%1 cannot be read as a PDF: it is damaged or locked with a password.").arg(path));
    m_citation.title = document->info(QStringLiteral("Title")).simplified();
    m_citation.author = document->info(QStringLiteral("Author")).simplified();
    QString text;
    for (int i = 0; i < document->numPages(); ++i) {
        if (const std::unique_ptr<Poppler::Page> page = document->page(i))
            PageReadingOrder::appendPage(linesOf(*page), text);
    }
    if (text.trimmed().isEmpty())
        return fail(tr("%1 has no text layer (a scan?); copy its text, or run it through OCR "
                       "first.")
                        .arg(path));
    return text;
}

std::optional<QString> ArticleFile::read(const QString &path)
{
    m_error.clear();
    m_citation = {};
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
        return readPdf(path, bytes);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError() || bytes.contains('\0'))
        return fail(tr("%1 is not an article: it is neither UTF-8 text, an HTML page nor a PDF.")
                        .arg(path));
    static const QRegularExpression htmlStart(QStringLiteral("^\\s*<(?:!doctype html|html)\\b"),
                                              QRegularExpression::CaseInsensitiveOption);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"html" || suffix == u"htm" || htmlStart.match(text.left(512)).hasMatch()) {
        m_citation = citationOfHtml(text);
        text = textOfHtml(text);
    }
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
    // Not "\v": in PCRE that is any vertical space, the line breaks included.
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\r\\f\\x0B]+"));
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

namespace {

// Each <meta> tag's content under its name, property or itemprop (lower case), the first of a
// name winning; and the canonical link under "canonical".
QHash<QString, QString> metaOf(const QString &head)
{
    static const QRegularExpression element(QStringLiteral("<(?:meta|link)\\b[^>]*>"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression attribute(
        QStringLiteral("([a-zA-Z:_-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')"));
    QHash<QString, QString> meta;
    for (auto it = element.globalMatch(head); it.hasNext();) {
        QHash<QString, QString> attributes;
        for (auto a = attribute.globalMatch(it.next().captured()); a.hasNext();) {
            const QRegularExpressionMatch m = a.next();
            attributes.insert(m.captured(1).toLower(), m.captured(2) + m.captured(3));
        }
        QString name = attributes.value(QStringLiteral("name"));
        for (const char *key : {"property", "itemprop"})
            name = name.isEmpty() ? attributes.value(QLatin1String(key)) : name;
        QString content = attributes.value(QStringLiteral("content"));
        if (attributes.value(QStringLiteral("rel")).toLower() == u"canonical") {
            name = QStringLiteral("canonical");
            content = attributes.value(QStringLiteral("href"));
        }
        content = ArticleFile::textOfHtml(content).simplified();
        if (!name.isEmpty() && !content.isEmpty() && !meta.contains(name.toLower()))
            meta.insert(name.toLower(), content);
    }
    return meta;
}

QString firstOf(const QHash<QString, QString> &meta, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const QString value = meta.value(QLatin1String(name));
        if (!value.isEmpty())
            return value;
    }
    return {};
}

// "2018-09-25T21:28:31.000Z" or "20180925": the day as the page writes it, never moved to
// another time zone.
QDate dayOf(const QString &written)
{
    const QDate iso = QDate::fromString(written.left(10), Qt::ISODate);
    return iso.isValid() ? iso : QDate::fromString(written.left(8), QStringLiteral("yyyyMMdd"));
}

} // namespace

ArticleCitation ArticleFile::citationOfHtml(const QString &html)
{
    const qsizetype headEnd = html.indexOf(QLatin1String("</head"), 0, Qt::CaseInsensitive);
    const QString head = html.left(headEnd >= 0 ? headEnd : 256 * 1024);
    const QHash<QString, QString> meta = metaOf(head);
    ArticleCitation c;
    c.title = firstOf(meta, {"og:title", "twitter:title", "dc.title", "headline"});
    if (c.title.isEmpty()) {
        static const QRegularExpression title(QStringLiteral("<title\\b[^>]*>(.*?)</title"),
                                              QRegularExpression::CaseInsensitiveOption |
                                                  QRegularExpression::DotMatchesEverythingOption);
        c.title = textOfHtml(title.match(head).captured(1)).simplified();
    }
    c.author = firstOf(meta, {"author", "article:author", "byl", "dc.creator", "sailthru.author",
                              "parsely-author"});
    static const QRegularExpression by(QStringLiteral("^By\\s+"),
                                       QRegularExpression::CaseInsensitiveOption);
    c.author.remove(by);
    if (c.author.startsWith(QLatin1String("http")))
        c.author.clear(); // a profile's address, not a name
    for (const char *name : {"article:published_time", "article:published", "datepublished",
                             "dc.date", "pubdate", "date", "sailthru.date", "pdate"}) {
        if (!c.published.isValid())
            c.published = dayOf(meta.value(QLatin1String(name)));
    }
    const QUrl url(firstOf(meta, {"og:url", "canonical", "url", "twitter:url"}));
    if (url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http"))
        c.url = url.toString();
    c.outlet = firstOf(meta, {"og:site_name", "application-name", "dc.publisher"});
    if (c.outlet.isEmpty() && !c.url.isEmpty()) {
        const QString host = url.host();
        c.outlet = host.startsWith(QLatin1String("www.")) ? host.mid(4) : host;
    }
    return c;
}
