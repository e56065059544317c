// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QVariant>

// Text as the stores' columns take it, whatever the backend.
namespace StoredText {

// An empty text is SQL NULL: the optional text columns.
inline QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// A null QString is an empty text, which the NOT NULL columns take (Qt binds it as NULL).
inline QVariant notNull(const QString &text)
{
    return text.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(text);
}

} // namespace StoredText
