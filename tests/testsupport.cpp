// SPDX-License-Identifier: MIT
#include "testsupport.h"

#include "store/factstore.h"

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
    // A fresh copy each time: a working copy left by an older build could hold older rows.
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("embedded.sqlite"));
    QFile::remove(path);
    if (!QFile::copy(FactStore::embeddedDatabasePath(), path))
        ADD_FAILURE() << "cannot copy the embedded dataset";
    FactStore store;
    if (!store.open(path))
        ADD_FAILURE() << store.errorString().toStdString();
    std::optional<Data::Dataset> dataset = store.load();
    if (!dataset) {
        ADD_FAILURE() << store.errorString().toStdString();
        return {};
    }
    return *dataset;
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
