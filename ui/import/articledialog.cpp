// SPDX-License-Identifier: MIT
#include "articledialog.h"

#include "extract/articleextractor.h"
#include "extract/articlefile.h"
#include "extract/proposalfacts.h"
#include "figurehighlightdelegate.h"
#include "models/proposaltablemodel.h"
#include "widgets/plainmessagebox.h"
#include "widgets/rememberedfolder.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr int kTypingPauseMs = 300;

} // namespace

ArticleDialog::ArticleDialog(QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
    , m_model(new ProposalTableModel(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_pause(new QTimer(this))
{
    setWindowTitle(tr("Figures from Article"));
    m_text->setPlaceholderText(
        tr("Paste the article's text here, or open a text, HTML or PDF file."));
    m_text->setTabChangesFocus(true);
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(ProposalTableModel::Sentence,
                                      new FigureHighlightDelegate(this));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_status->setWordWrap(true);
    m_pause->setSingleShot(true);
    m_pause->setInterval(kTypingPauseMs);
    connect(m_pause, &QTimer::timeout, this, &ArticleDialog::extract);
    connect(m_text, &QPlainTextEdit::textChanged, m_pause, qOverload<>(&QTimer::start));
    connect(m_model, &ProposalTableModel::keptChanged, this, &ArticleDialog::updateState);
    connect(m_model, &ProposalTableModel::dataChanged, this, &ArticleDialog::updateState);

    auto *open = new QPushButton(tr("&Open File…"), this);
    open->setToolTip(tr("Read an article saved as text, as an HTML page or as a PDF"));
    connect(open, &QPushButton::clicked, this, &ArticleDialog::chooseFile);
    m_newFigure = new QPushButton(tr("New &Figure from Selection"), this);
    m_newFigure->setToolTip(tr("Select a figure in the article's text (Ctrl+Shift+F): the "
                               "extractor's own, or one it missed, kept with its sentence"));
    m_newFigure->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_newFigure->setEnabled(false);
    connect(m_newFigure, &QPushButton::clicked, this, &ArticleDialog::newFigureFromSelection);
    connect(m_text, &QPlainTextEdit::selectionChanged, this,
            [this] { m_newFigure->setEnabled(m_text->textCursor().hasSelection()); });
    auto *keepAll = new QPushButton(tr("&Keep All"), this);
    connect(keepAll, &QPushButton::clicked, this, [this] { m_model->setAllKept(true); });
    auto *keepNone = new QPushButton(tr("Keep &None"), this);
    connect(keepNone, &QPushButton::clicked, this, [this] { m_model->setAllKept(false); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setToolTip(tr("Keep the checked figures as facts of this article, in your store"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ArticleDialog::saveRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(open);
    row->addWidget(m_newFigure);
    row->addStretch();
    row->addWidget(keepAll);
    row->addWidget(keepNone);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_text);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createCitationForm());
    layout->addLayout(row);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(1000, 700);
    m_text->setFocus(); // the first thing to do is paste
    updateState();
}

QWidget *ArticleDialog::createCitationForm()
{
    auto *form = new QWidget(this);
    auto *layout = new QFormLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto field = [this, layout](const QString &label, const QString &tip) {
        auto *edit = new QLineEdit(this);
        edit->setToolTip(tip);
        layout->addRow(label, edit);
        connect(edit, &QLineEdit::textChanged, this, &ArticleDialog::updateState);
        return edit;
    };
    m_title = field(tr("&Headline:"), tr("The article's headline, as the outlet prints it"));
    m_outlet = field(tr("O&utlet:"), tr("Who published it: the credit every figure carries"));
    m_author = field(tr("&Author:"), tr("Who wrote it, when the article says"));
    m_url = field(tr("Add&ress:"), tr("Where it was published; never guessed"));
    m_published = field(tr("&Published:"), tr("The day it was published (YYYY-MM-DD): the "
                                              "periods \"this year\" and \"last year\" are "
                                              "read from it"));
    m_published->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
    connect(m_published, &QLineEdit::editingFinished, this, &ArticleDialog::extract);
    return form;
}

void ArticleDialog::setArticleText(const QString &text)
{
    m_text->setPlainText(text);
    m_pause->stop();
    extract();
}

bool ArticleDialog::openFile(const QString &path)
{
    ArticleFile file;
    const std::optional<QString> text = file.read(path);
    if (!text) {
        PlainMessageBox::warning(this, tr("Figures from Article"), file.errorString());
        return false;
    }
    // What the page says of itself replaces the last article's; its first lines fill the rest.
    const ArticleCitation page = file.citation();
    const auto replace = [](QLineEdit *edit, const QString &value) {
        if (!value.isEmpty())
            edit->setText(value);
    };
    replace(m_title, page.title);
    replace(m_outlet, page.outlet);
    replace(m_author, page.author);
    replace(m_url, page.url);
    replace(m_published, page.published.toString(Qt::ISODate));
    setArticleText(*text);
    return true;
}

void ArticleDialog::chooseFile()
{
    const RememberedFolder folder(QStringLiteral("article/folder"),
                                  QStandardPaths::DownloadLocation);
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Article"), folder.path(),
                                     tr("Articles (*.txt *.html *.htm *.pdf);;All files (*)"));
    if (path.isEmpty())
        return;
    folder.remember(path);
    openFile(path);
}

void ArticleDialog::extract()
{
    const QString text = m_text->toPlainText();
    fillCitation(ArticleCitation::readFrom(text));
    const QDate published = citation().published;
    QList<FigureProposal> proposals;
    if (published.isValid())
        proposals = ArticleExtractor::extract(text, published);
    for (const FigureProposal &p : std::as_const(m_byHand)) {
        const bool proposed =
            std::any_of(proposals.cbegin(), proposals.cend(),
                        [&p](const auto &q) { return q.identity() == p.identity(); });
        if (text.contains(p.quote) && !proposed)
            proposals.append(p);
    }
    m_model->setProposals(proposals);
    fitColumns();
    updateState();
}

// New Figure from Selection: the selected figure joins the review, kept, with its sentence; a
// figure the rules did not know waits for its label.
void ArticleDialog::newFigureFromSelection()
{
    const QTextCursor cursor = m_text->textCursor();
    const QDate published = citation().published;
    QString why = published.isValid()
                      ? QString()
                      : tr("Give the day it was published (YYYY-MM-DD) to read its figures.");
    std::optional<FigureProposal> figure;
    if (published.isValid())
        figure =
            ArticleExtractor::figureAt(m_text->toPlainText(), published, cursor.selectionStart(),
                                       cursor.selectionEnd() - cursor.selectionStart(), &why);
    if (!figure) {
        PlainMessageBox::warning(this, tr("New Figure"), why);
        return;
    }
    if (m_model->rowOf(*figure) < 0) {
        m_byHand.append(*figure);
        extract();
    }
    const int row = m_model->rowOf(*figure);
    if (row < 0)
        return;
    m_model->setData(m_model->index(row, ProposalTableModel::Keep), Qt::Checked,
                     Qt::CheckStateRole);
    const QModelIndex label = m_model->index(row, ProposalTableModel::Label);
    m_table->setCurrentIndex(label);
    m_table->scrollTo(label);
    if (label.data().toString().isEmpty()) {
        m_table->setFocus();
        m_table->edit(label);
    }
}

// Each column as wide as its text, up to a bound, so the sentence, the evidence, stays in view.
void ArticleDialog::fitColumns()
{
    m_table->resizeColumnsToContents();
    const int em = m_table->fontMetrics().horizontalAdvance(u'M');
    for (int column = ProposalTableModel::Figure; column < ProposalTableModel::Sentence; ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 16 * em));
}

// The article's own first lines fill what the analyst has left empty.
void ArticleDialog::fillCitation(const ArticleCitation &read)
{
    const auto fill = [](QLineEdit *edit, const QString &text) {
        if (edit->text().isEmpty() && !text.isEmpty())
            edit->setText(text);
    };
    fill(m_title, read.title);
    fill(m_outlet, read.outlet);
    fill(m_author, read.author);
    fill(m_url, read.url);
    fill(m_published, read.published.toString(Qt::ISODate));
}

ArticleCitation ArticleDialog::citation() const
{
    ArticleCitation c;
    c.title = m_title->text().simplified();
    c.outlet = m_outlet->text().simplified();
    c.author = m_author->text().simplified();
    c.url = m_url->text().trimmed();
    c.published = QDate::fromString(m_published->text().trimmed(), Qt::ISODate);
    return c;
}

void ArticleDialog::setCitation(const ArticleCitation &c)
{
    m_title->setText(c.title);
    m_outlet->setText(c.outlet);
    m_author->setText(c.author);
    m_url->setText(c.url);
    m_published->setText(c.published.toString(Qt::ISODate));
    extract();
}

Data::Source ArticleDialog::source() const
{
    return ProposalFacts::sourceOf(citation());
}

QList<Data::Fact> ArticleDialog::facts() const
{
    const Data::Source article = source();
    QList<Data::Fact> facts;
    const QList<FigureProposal> kept = m_model->kept();
    for (qsizetype i = 0; i < kept.size(); ++i)
        facts << ProposalFacts::factOf(kept.at(i), article, int(i) + 1);
    return facts;
}

QString ArticleDialog::problem() const
{
    const ArticleCitation c = citation();
    if (m_text->toPlainText().trimmed().isEmpty())
        return tr("Paste an article, or open one.");
    if (!c.published.isValid())
        return tr("Give the day it was published (YYYY-MM-DD) to read its figures.");
    if (m_model->rowCount() == 0)
        return tr("No figures found in this text.");
    if (m_model->keptCount() == 0)
        return tr("Check the figures to keep.");
    const QList<FigureProposal> kept = m_model->kept();
    if (std::any_of(kept.cbegin(), kept.cend(), [](const auto &p) { return p.label.isEmpty(); }))
        return tr("Label every figure you keep.");
    if (std::any_of(kept.cbegin(), kept.cend(), [](const auto &p) { return p.unit.isEmpty(); }))
        return tr("Give every figure you keep its unit.");
    if (c.outlet.isEmpty())
        return tr("Name the outlet: every figure is credited to it.");
    if (c.title.isEmpty())
        return tr("Give the headline: every figure is credited to it.");
    return {};
}

void ArticleDialog::updateState()
{
    const QString why = problem();
    m_save->setEnabled(why.isEmpty());
    m_status->setText(why.isEmpty() ? tr("Figures kept: %1 of %2, each with its sentence.")
                                          .arg(m_model->keptCount())
                                          .arg(m_model->rowCount())
                                    : why);
}
