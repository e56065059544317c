// SPDX-License-Identifier: MIT
#pragma once

#include "extract/articlecitation.h"
#include "extract/figureproposal.h"

#include <QDialog>
#include <QList>

namespace Data {
struct Fact;
struct Source;
} // namespace Data
class ProposalTableModel;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;

// File › Figures from Article…: the analyst pastes an article or opens a text, HTML or PDF file,
// reviews the figures the extractor proposes (each beside its sentence, with the figure
// highlighted), keeps or rejects each, adds one it missed by selecting it in the text (New
// Figure from Selection), edits their labels, units, periods and bases, and completes the
// citation the page or the article's first lines gave. Save asks the window to keep the kept
// figures as facts of the article (saveRequested()); nothing is written here.
class ArticleDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ArticleDialog(QWidget *parent = nullptr);

    // Reads TEXT at once, without waiting for the typing pause (a paste, an opened file, tests).
    void setArticleText(const QString &text);
    // Reads a text, HTML or PDF file, its citation from the page where it says; false with a
    // message shown when it cannot be read.
    bool openFile(const QString &path);
    ProposalTableModel *proposals() const { return m_model; }
    QTableView *table() const { return m_table; }
    ArticleCitation citation() const;
    void setCitation(const ArticleCitation &citation);
    // The article as a source, and the kept figures as its facts.
    Data::Source source() const;
    QList<Data::Fact> facts() const;
    // Why Save cannot run yet; empty when it can.
    QString problem() const;
    QPushButton *saveButton() const { return m_save; }
    QPushButton *newFigureButton() const { return m_newFigure; }
    QPlainTextEdit *textEdit() const { return m_text; }

signals:
    void saveRequested();

private:
    QWidget *createCitationForm();
    void chooseFile();
    void extract();
    void newFigureFromSelection();
    void fitColumns();
    void fillCitation(const ArticleCitation &read);
    void updateState();

    QLineEdit *m_title;
    QLineEdit *m_outlet;
    QLineEdit *m_author;
    QLineEdit *m_url;
    QLineEdit *m_published;
    QPlainTextEdit *m_text;
    ProposalTableModel *m_model;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_newFigure;
    QList<FigureProposal> m_byHand; // added from a selection, kept across re-reads
    QTimer *m_pause;
};
