// SPDX-License-Identifier: MIT
#include "postgreslocation.h"

#include <libpq-fe.h>

#include <QRegularExpression>

bool PostgresLocation::namesAServer(const QString &text)
{
    static const QRegularExpression uri(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]+://"));
    static const QRegularExpression keywords(QStringLiteral("^\\s*[A-Za-z_]+\\s*="));
    const bool file = text.startsWith(QStringLiteral("file:"), Qt::CaseInsensitive);
    return (uri.match(text).hasMatch() && !file) || keywords.match(text).hasMatch();
}

std::optional<PostgresLocation> PostgresLocation::parse(const QString &text, QString *error)
{
    char *why = nullptr;
    PQconninfoOption *options = PQconninfoParse(text.toUtf8().constData(), &why);
    if (!options) {
        *error = tr("%1 is not a PostgreSQL location: %2")
                     .arg(text, why ? QString::fromUtf8(why).trimmed() : tr("out of memory"));
        PQfreemem(why);
        return std::nullopt;
    }
    PostgresLocation location;
    for (const PQconninfoOption *o = options; o->keyword; ++o) {
        if (o->val && *o->val)
            location.m_keywords.append({QString::fromUtf8(o->keyword), QString::fromUtf8(o->val)});
    }
    PQconninfoFree(options);
    for (const auto &[keyword, value] : std::as_const(location.m_keywords)) {
        if (value.contains(u';')) { // QPSQL turns every ';' of its options into a space
            *error = tr("%1: the value of %2 holds a ';', which the driver cannot pass on.")
                         .arg(location.display(), keyword);
            return std::nullopt;
        }
    }
    // A named host off this machine is reached over TLS whose certificate names it; a service
    // file says for itself.
    if (location.value(QStringLiteral("sslmode")).isEmpty() &&
        !location.value(QStringLiteral("host")).isEmpty() && !location.isLocal())
        location.m_keywords.append({QStringLiteral("sslmode"), QStringLiteral("verify-full")});
    return location;
}

QString PostgresLocation::value(const QString &keyword) const
{
    for (const auto &[k, v] : m_keywords) {
        if (k == keyword)
            return v;
    }
    return {};
}

void PostgresLocation::setValue(const QString &keyword, const QString &value)
{
    for (auto &[k, v] : m_keywords) {
        if (k == keyword) {
            v = value;
            return;
        }
    }
    m_keywords.append({keyword, value});
}

QString PostgresLocation::connectOptions() const
{
    QStringList parts;
    for (auto [keyword, value] : m_keywords) {
        value.replace(u'\\', QStringLiteral("\\\\"));
        value.replace(u'\'', QStringLiteral("\\'"));
        parts << keyword + QStringLiteral("='") + value + u'\'';
    }
    return parts.join(u' ');
}

QString PostgresLocation::display() const
{
    if (const QString service = value(QStringLiteral("service")); !service.isEmpty())
        return QStringLiteral("service=") + service;
    QString text;
    if (const QString user = value(QStringLiteral("user")); !user.isEmpty())
        text = user + u'@';
    const QString host = value(QStringLiteral("host"));
    text += host.isEmpty() ? QStringLiteral("localhost") : host;
    if (const QString port = value(QStringLiteral("port")); !port.isEmpty())
        text += u':' + port;
    return text + u'/' + value(QStringLiteral("dbname"));
}

bool PostgresLocation::isLocal() const
{
    if (!value(QStringLiteral("service")).isEmpty() && value(QStringLiteral("host")).isEmpty())
        return false; // the service file decides; its host is not known here
    const QString host = value(QStringLiteral("host"));
    return host.isEmpty() || host.startsWith(u'/') || host == u"localhost" ||
           host == u"127.0.0.1" || host == u"::1";
}
