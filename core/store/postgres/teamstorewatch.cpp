// SPDX-License-Identifier: MIT
#include "teamstorewatch.h"

#include "postgresconnection.h"

#include <QLoggingCategory>
#include <QSqlQuery>

#include <algorithm>

Q_LOGGING_CATEGORY(lcTeamStore, "sco.teamstore")

namespace {

const QString kChannel = QStringLiteral("sco_changes"); // lowercase ASCII: QPSQL quotes it

} // namespace

TeamStoreWatch::TeamStoreWatch(const QString &location, QObject *parent)
    : QObject(parent)
{
    m_location = PostgresLocation::parse(location, &m_error);
    m_check.setInterval(kCheckMs);
    connect(&m_check, &QTimer::timeout, this, &TeamStoreWatch::check);
    m_gather.setSingleShot(true);
    m_gather.setInterval(kGatherMs);
    connect(&m_gather, &QTimer::timeout, this, &TeamStoreWatch::report);
}

TeamStoreWatch::~TeamStoreWatch() = default;

bool TeamStoreWatch::start()
{
    if (!m_location)
        return false;
    m_check.start();
    return connectNow();
}

bool TeamStoreWatch::connectNow()
{
    m_connection = std::make_unique<PostgresConnection>(*m_location);
    QSqlDriver *driver = nullptr;
    if (m_connection->open()) {
        driver = m_connection->database().driver();
        if (!driver->subscribeToNotification(kChannel))
            driver = nullptr;
    }
    m_connected = driver != nullptr;
    if (!m_connected) {
        m_error = m_connection->errorString();
        return false;
    }
    connect(driver, &QSqlDriver::notification, this, &TeamStoreWatch::onNotification);
    m_unencrypted = !m_location->isLocal() && !m_connection->isEncrypted().value_or(false);
    m_error.clear();
    return true;
}

// Asks the server whether it is there; a failed question is a lost connection.
void TeamStoreWatch::check()
{
    if (!m_connected)
        return retry();
    if (m_connection->scalar(QStringLiteral("SELECT 1")))
        return;
    m_connected = false;
    m_error = m_connection->errorString();
    qCDebug(lcTeamStore).noquote() << "lost:" << m_error;
    emit connectionLost(m_error);
    m_waitMs = kCheckMs;
    m_check.setInterval(m_waitMs);
}

void TeamStoreWatch::retry()
{
    if (!connectNow()) {
        m_waitMs = std::min(m_waitMs * 2, kLongestWaitMs);
        m_check.setInterval(m_waitMs);
        return;
    }
    m_waitMs = kCheckMs;
    m_check.setInterval(m_waitMs);
    qCDebug(lcTeamStore) << "reconnected";
    emit reconnected();
}

void TeamStoreWatch::onNotification(const QString &name, QSqlDriver::NotificationSource,
                                    const QVariant &payload)
{
    if (name != kChannel)
        return;
    for (const QString &key : payload.toString().split(u'\n', Qt::SkipEmptyParts)) {
        if (!m_pendingKeys.contains(key))
            m_pendingKeys << key;
    }
    m_gather.start();
}

void TeamStoreWatch::report()
{
    const QString summary = summaryOf(std::exchange(m_pendingKeys, {}));
    qCDebug(lcTeamStore).noquote() << "changed:" << summary;
    emit changed(summary);
}

// What the server says of the sources the payload names: who added how many series and
// figures, or that a source is gone.
QString TeamStoreWatch::summaryOf(const QStringList &sourceKeys)
{
    QStringList parts;
    for (const QString &key : sourceKeys.mid(0, 5)) { // a hint: a long payload is not read
        QSqlQuery q(m_connection->database());
        q.prepare(QStringLiteral("SELECT s.imported_by,"
                                 " (SELECT count(*) FROM sco.series r WHERE r.source_id = s.id),"
                                 " (SELECT count(*) FROM sco.fact f WHERE f.source_id = s.id)"
                                 " FROM sco.source s WHERE s.key = ?"));
        q.addBindValue(key);
        if (!q.exec())
            continue;
        if (!q.next()) {
            parts << tr("%1 removed").arg(key);
            continue;
        }
        const QString by = q.value(0).toString();
        const int series = q.value(1).toInt();
        const int facts = q.value(2).toInt();
        if (series > 0)
            parts << tr("%n series added by %1", nullptr, series).arg(by);
        if (facts == 1) // English has no plural forms without a translation of its own
            parts << tr("1 figure added by %1").arg(by);
        else if (facts > 1)
            parts << tr("%n figures added by %1", nullptr, facts).arg(by);
    }
    return parts.isEmpty() ? tr("The team store changed") : parts.join(QStringLiteral("; "));
}
