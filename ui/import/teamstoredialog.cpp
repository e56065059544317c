// SPDX-License-Identifier: MIT
#include "teamstoredialog.h"

#include "keyringpasswords.h"
#include "store/postgres/postgreslocation.h"
#include "store/postgres/postgrespasswords.h"
#include "store/postgres/teamstorecheck.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {

const QString kRecentKey = QStringLiteral("teamStore/recent");

} // namespace

TeamStoreDialog::TeamStoreDialog(const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_location(new QComboBox(this))
    , m_passwordLabel(new QLabel(tr("&Password:"), this))
    , m_password(new QLineEdit(this))
    , m_keep(new QCheckBox(tr("&Keep it in the desktop keyring"), this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("Connect to Team Store"));
    m_location->setEditable(true);
    m_location->addItems(QSettings().value(kRecentKey).toStringList());
    m_location->setCurrentText(PostgresLocation::namesAServer(current) ? current : QString());
    m_location->lineEdit()->setPlaceholderText(tr("postgresql://user@host/database"));
    m_location->setMinimumContentsLength(48);
    m_location->setToolTip(tr("A URI (postgresql://user@host/database), a libpq keyword string "
                              "(host=… dbname=…) or service=NAME from pg_service.conf"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_password);
    m_keep->setChecked(true);
    for (QWidget *w : std::initializer_list<QWidget *>{m_passwordLabel, m_password, m_keep})
        w->setVisible(false);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);

    auto *note = new QLabel(tr("Passwords come from ~/.pgpass, the service file or your desktop "
                               "keyring, and are asked for only when the server wants one."),
                            this);
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    auto *locationLabel = new QLabel(tr("&Location:"), this);
    locationLabel->setBuddy(m_location);
    form->addRow(locationLabel, m_location);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(QString(), m_keep);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *connectButton = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setDefault(true);
    QPushButton *testButton = buttons->addButton(tr("&Test"), QDialogButtonBox::ActionRole);
    testButton->setToolTip(tr("Ask the server whether the store is there and what you may do"));
    QPushButton *own = buttons->addButton(tr("Use My &Own Store"), QDialogButtonBox::ResetRole);
    own->setToolTip(tr("Show your own store on this computer again"));
    connect(testButton, &QPushButton::clicked, this, &TeamStoreDialog::test);
    connect(connectButton, &QPushButton::clicked, this, &TeamStoreDialog::connectToStore);
    connect(own, &QPushButton::clicked, this, [this] {
        emit chosen(QString());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
}

QString TeamStoreDialog::location() const
{
    return m_location->currentText().trimmed();
}

QString TeamStoreDialog::resultText() const
{
    return m_result->text();
}

// Asks the server; true when the store can be shown. A password typed here is given to this
// process's connections, and kept in the keyring once it worked, if the analyst asks.
bool TeamStoreDialog::test()
{
    const QString text = location();
    QString error;
    if (!PostgresLocation::namesAServer(text)) {
        m_result->setText(tr("Give the location of a PostgreSQL server: a URI, a keyword string "
                             "or service=NAME."));
        return false;
    }
    const std::optional<PostgresLocation> where = PostgresLocation::parse(text, &error);
    if (!where) {
        m_result->setText(error);
        return false;
    }
    const QString key = where->display();
    if (!m_password->text().isEmpty())
        PostgresPasswords::remember(key, m_password->text());
    else if (PostgresPasswords::lookup(key).isEmpty())
        KeyringPasswords::supply(text);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const TeamStoreCheck check = TeamStoreCheck::of(text);
    QApplication::restoreOverrideCursor();
    const bool needsPassword = check.outcome() == TeamStoreCheck::Outcome::NeedsPassword;
    for (QWidget *w : std::initializer_list<QWidget *>{m_passwordLabel, m_password, m_keep})
        w->setVisible(w->isVisible() || needsPassword);
    m_result->setText(needsPassword ? tr("The server asks for the password of %1.").arg(key)
                                    : check.message());
    if (needsPassword)
        m_password->setFocus();
    const bool usable = check.outcome() == TeamStoreCheck::Outcome::Ready ||
                        check.outcome() == TeamStoreCheck::Outcome::NoStoreYet;
    if (usable && !m_password->text().isEmpty() && m_keep->isChecked() &&
        !KeyringPasswords::write(key, m_password->text(), &error))
        m_result->setText(m_result->text() + u' ' +
                          tr("The password was not kept: %1.").arg(error));
    return usable;
}

void TeamStoreDialog::connectToStore()
{
    if (!test())
        return;
    remember(location());
    emit chosen(location());
    accept();
}

// The recent stores, newest first; a location that holds a password is never written down.
void TeamStoreDialog::remember(const QString &text)
{
    QString error;
    const std::optional<PostgresLocation> where = PostgresLocation::parse(text, &error);
    if (!where || !where->value(QStringLiteral("password")).isEmpty())
        return;
    QStringList recent = QSettings().value(kRecentKey).toStringList();
    recent.removeAll(text);
    recent.prepend(text);
    QSettings().setValue(kRecentKey, recent.mid(0, kRecentStores));
}
