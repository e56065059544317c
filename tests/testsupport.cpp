// SPDX-License-Identifier: MIT
#include "testsupport.h"

#include "i18n/translation.h"
#include "import/importer.h"
#include "store/repository.h"
#include "store/sqlite/sqlitestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

QString TestSupport::articlePath()
{
    const QString path = QStringLiteral(SCO_SHARED_DIR "/seed/article.txt");
    return QFileInfo::exists(path) ? path : QString();
}

std::optional<QString> TestSupport::article()
{
    const QString path = articlePath();
    if (path.isEmpty())
        return std::nullopt;
    // QString::fromUtf8 would turn bad bytes into U+FFFD silently; the article must be clean.
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(readAll(path));
    if (decoder.hasError())
        ADD_FAILURE() << path.toStdString() << " is not valid UTF-8";
    return text;
}

QStringList TestSupport::xmlElements(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    QStringList elements;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement)
            elements << reader.qualifiedName().toString();
    }
    return reader.hasError() ? QStringList() : elements;
}

Data::Dataset TestSupport::embeddedDataset()
{
    // Through the program's own path: the bytes built into the binary, read as the window reads
    // them, its sources flagged as built in. No user store is opened or made.
    static QTemporaryDir dir;
    Repository repository;
    repository.setLanguage(Translation::current()); // the language the test applied
    std::optional<Data::Dataset> dataset =
        repository.openBuiltInOnly(dir.filePath(QStringLiteral("absent.sqlite")))
            ? repository.loadBuiltIn()
            : std::nullopt;
    if (!dataset) {
        ADD_FAILURE() << repository.errorString().toStdString();
        return {};
    }
    return *dataset;
}

QByteArray TestSupport::factsCsvHeader()
{
    return "key,label,category,value,unit,period,period_start,period_end,basis,as_written,quote,"
           "source_key,source_title,source_publisher,source_published\n";
}

Data::Dataset TestSupport::importFacts(const QString &dir, const QByteArray &rows)
{
    const QString csv = QDir(dir).filePath(QStringLiteral("facts.csv"));
    QFile file(csv);
    if (!file.open(QIODevice::WriteOnly) || file.write(factsCsvHeader() + rows) < 0) {
        ADD_FAILURE() << "cannot write " << csv.toStdString();
        return {};
    }
    file.close();
    Repository repository;
    const auto builtIn = repository.open(QDir(dir).filePath(QStringLiteral("user.sqlite")),
                                         Repository::UserStore::CreateIfAbsent)
                             ? repository.loadBuiltIn()
                             : std::nullopt;
    if (!builtIn) {
        ADD_FAILURE() << repository.errorString().toStdString();
        return {};
    }
    SqliteStore store(repository);
    Importer importer(store, *builtIn);
    if (!importer.run(csv, {})) {
        ADD_FAILURE() << importer.report().problems.text().toStdString();
        return {};
    }
    const auto dataset = repository.load();
    if (!dataset)
        ADD_FAILURE() << repository.errorString().toStdString();
    return dataset.value_or(Data::Dataset());
}

QByteArray TestSupport::readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString TestSupport::dashboardBinary()
{
    return QStringLiteral(SCO_DASHBOARD_BINARY);
}
