// SPDX-License-Identifier: MIT
#include "throwawaypostgres.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <unistd.h>

ThrowawayPostgres::ThrowawayPostgres()
    : m_dir(QDir::tempPath() + QStringLiteral("/sco-pg-XXXXXX"))
    , m_bin(QStringLiteral("/usr/lib/postgresql/15/bin"))
{
    if (!QFile::exists(m_bin + QStringLiteral("/initdb"))) {
        m_why = QStringLiteral("PostgreSQL 15 is not installed (scripts/setup.sh installs it)");
        return;
    }
    if (!m_dir.isValid()) {
        m_why = QStringLiteral("no temporary folder");
        return;
    }
    // The server runs as postgres, which must own its folder.
    if (geteuid() == 0 && !run(QStringLiteral("chown"), {QStringLiteral("postgres"), m_dir.path()}))
        return;
    m_running = run(m_bin + QStringLiteral("/initdb"),
                    {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")),
                     QStringLiteral("--encoding=UTF8"), QStringLiteral("--locale=C.UTF-8"),
                     QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"),
                     QStringLiteral("postgres"), QStringLiteral("-N")}) &&
                start();
}

bool ThrowawayPostgres::start()
{
    m_running =
        run(m_bin + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-l"),
             m_dir.filePath(QStringLiteral("log")), QStringLiteral("-w"), QStringLiteral("-o"),
             QStringLiteral("-k %1 -c listen_addresses='%2' -p %3 -c fsync=off")
                 .arg(m_dir.path(), m_listen)
                 .arg(m_port),
             QStringLiteral("start")});
    return m_running;
}

bool ThrowawayPostgres::requirePasswords()
{
    QFile hba(m_dir.filePath(QStringLiteral("data/pg_hba.conf")));
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        hba.write("local all postgres trust\nlocal all all scram-sha-256\n") < 0) {
        m_why = QStringLiteral("cannot write pg_hba.conf");
        return false;
    }
    hba.close();
    return run(m_bin + QStringLiteral("/pg_ctl"),
               {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-w"),
                QStringLiteral("reload")});
}

QString ThrowawayPostgres::certificate() const
{
    return m_dir.filePath(QStringLiteral("data/server.crt"));
}

std::optional<int> ThrowawayPostgres::listenWithTls(const QString &commonName)
{
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (!run(QStringLiteral("openssl"),
             {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-x509"),
              QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-nodes"),
              QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName,
              QStringLiteral("-keyout"), data + QStringLiteral("/server.key"),
              QStringLiteral("-out"), certificate()}) ||
        !run(QStringLiteral("chmod"),
             {QStringLiteral("600"), data + QStringLiteral("/server.key")}))
        return std::nullopt;
    QFile conf(data + QStringLiteral("/postgresql.auto.conf"));
    if (!conf.open(QIODevice::Append) || conf.write("ssl = on\n") < 0)
        return std::nullopt;
    conf.close();
    m_listen = QStringLiteral("127.0.0.1");
    m_port = 20000 + int(getpid() % 20000);
    if (!stop() || !start())
        return std::nullopt;
    return m_port;
}

bool ThrowawayPostgres::stop()
{
    if (!m_running)
        return true;
    m_running = !run(m_bin + QStringLiteral("/pg_ctl"),
                     {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")),
                      QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop")});
    return !m_running;
}

ThrowawayPostgres::~ThrowawayPostgres()
{
    stop();
}

bool ThrowawayPostgres::run(const QString &program, const QStringList &arguments, QString *output)
{
    QProcess process;
    if (geteuid() == 0 && program != u"chown") { // initdb and the server refuse root
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                  QStringLiteral("--"), program} +
                          arguments);
    } else {
        process.start(program, arguments);
    }
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        m_why = program + QStringLiteral(" failed: ") +
                QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        return false;
    }
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput());
    return true;
}

QString ThrowawayPostgres::location(const QString &database, const QString &user) const
{
    return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4")
        .arg(m_dir.path())
        .arg(m_port)
        .arg(database, user);
}

std::optional<QString> ThrowawayPostgres::psql(const QString &sql, const QString &database)
{
    QString output;
    if (!run(m_bin + QStringLiteral("/psql"),
             {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"),
              QStringLiteral("-t"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
              QStringLiteral("-h"), m_dir.path(), QStringLiteral("-p"), QString::number(m_port),
              QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-d"), database,
              QStringLiteral("-c"), sql},
             &output))
        return std::nullopt;
    return output.trimmed();
}
