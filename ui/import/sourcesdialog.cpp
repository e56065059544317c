// SPDX-License-Identifier: MIT
#include "sourcesdialog.h"

#include "models/sourcelistmodel.h"
#include "store/storefactory.h"
#include "widgets/plainmessagebox.h"
#include "widgets/plaintooltips.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

SourcesDialog::SourcesDialog(const QString &userStorePath, QWidget *parent)
    : QDialog(parent)
    , m_userStorePath(userStorePath)
    , m_model(new SourceListModel(this))
    , m_view(new QTableView(this))
    , m_remove(new QPushButton(tr("&Remove Source…"), this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Sources"));
    m_view->setModel(m_model);
    PlainToolTips::install(m_view);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(SourceListModel::Title, QHeaderView::Stretch);
    m_view->setWordWrap(false);
    m_message->setWordWrap(true);
    m_remove->setToolTip(tr("Remove an imported source and every figure it brought"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(900, 360);
    connect(buttons, &QDialogButtonBox::rejected, this, &SourcesDialog::reject);
    connect(m_remove, &QPushButton::clicked, this, &SourcesDialog::onRemoveClicked);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SourcesDialog::updateButtons);
    reload();
}

void SourcesDialog::reload()
{
    QString error;
    const std::unique_ptr<Store> store = StoreFactory::open(m_userStorePath, {}, &error);
    const std::optional<QList<SourceSummary>> sources = store ? store->sources() : std::nullopt;
    m_model->setSources(sources.value_or(QList<SourceSummary>{}));
    m_message->setText(!store ? error : !sources ? store->errorString() : store->problem());
    m_view->resizeColumnsToContents();
    updateButtons();
}

void SourcesDialog::updateButtons()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const SourceSummary *s = rows.isEmpty() ? nullptr : m_model->sourceAt(rows.first().row());
    m_remove->setEnabled(s && !s->builtIn);
    m_remove->setToolTip(s && s->builtIn ? tr("The built-in dataset cannot be removed")
                                         : tr("Remove an imported source and every figure it "
                                              "brought"));
}

bool SourcesDialog::removeRow(int row)
{
    const SourceSummary *s = m_model->sourceAt(row);
    if (!s)
        return false;
    QString error;
    const std::unique_ptr<Store> store = StoreFactory::open(m_userStorePath, {}, &error);
    const bool ok = store && store->removeSource(s->key);
    const QString message =
        ok ? tr("Removed %1.").arg(s->key) : (store ? store->errorString() : error);
    reload();
    m_message->setText(message);
    if (ok)
        emit sourceRemoved();
    return ok;
}

void SourcesDialog::onRemoveClicked()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const SourceSummary *s = rows.isEmpty() ? nullptr : m_model->sourceAt(rows.first().row());
    if (!s)
        return;
    const bool answer = PlainMessageBox::question(
        this, tr("Remove Source"),
        tr("Remove %1 and its %n row(s) from your store? This cannot be undone.", nullptr,
           int(s->rows))
            .arg(s->key));
    if (answer)
        removeRow(rows.first().row());
}
