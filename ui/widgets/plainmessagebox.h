// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QWidget;

// QMessageBox with its text as plain text: messages name files, keys and values from data,
// and QMessageBox would otherwise render a key such as "<img …>" as markup.
namespace PlainMessageBox {

void critical(QWidget *parent, const QString &title, const QString &text);
void warning(QWidget *parent, const QString &title, const QString &text);
// True when the user answers Yes; No is the default.
bool question(QWidget *parent, const QString &title, const QString &text);

} // namespace PlainMessageBox
