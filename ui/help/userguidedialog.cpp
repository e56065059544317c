// SPDX-License-Identifier: MIT
#include "userguidedialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

UserGuideDialog::UserGuideDialog(const QList<UserGuide::Section> &sections, QWidget *parent)
    : QDialog(parent)
    , m_sections(sections)
    , m_list(new QListWidget(this))
    , m_text(new QTextBrowser(this))
{
    setWindowTitle(tr("User Guide"));
    for (const UserGuide::Section &s : sections)
        m_list->addItem(s.title.isEmpty() ? tr("Introduction") : s.title);
    m_list->setAccessibleName(tr("Sections"));
    m_list->setMaximumWidth(260);
    m_text->setOpenExternalLinks(false);
    m_text->setAccessibleName(tr("Section text"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list);
    row->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(buttons);
    resize(960, 640);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int index) {
        if (index >= 0 && index < m_sections.size())
            m_text->setMarkdown(m_sections.at(index).markdown);
    });
    m_list->setCurrentRow(0);
}

void UserGuideDialog::showSection(const QString &title)
{
    for (int row = 0; row < m_sections.size(); ++row) {
        if (m_sections.at(row).title == title) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

QString UserGuideDialog::currentTitle() const
{
    const int row = m_list->currentRow();
    return row >= 0 ? m_sections.at(row).title : QString();
}

QString UserGuideDialog::currentText() const
{
    return m_text->toPlainText();
}
