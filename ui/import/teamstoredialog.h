// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

// File › Connect to Team Store…: where the team's store is (a URI, a libpq keyword string or
// service=NAME, with the recent ones listed), a test of the connection that says what the
// analyst could do there, and a password asked only when the server wants one nothing gave,
// kept in the desktop keyring if the analyst asks, never in settings. Connect gives the
// location (chosen()); Use My Own Store gives an empty one.
class TeamStoreDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kRecentStores = 8;

    explicit TeamStoreDialog(const QString &current, QWidget *parent = nullptr);

    QString location() const;
    // The result line of the last test, as shown.
    QString resultText() const;

signals:
    // The store to show: a team store's location, or empty for the analyst's own store.
    void chosen(const QString &location);

private:
    bool test();
    void connectToStore();
    void remember(const QString &location);

    QComboBox *m_location;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QCheckBox *m_keep;
    QLabel *m_result;
};
