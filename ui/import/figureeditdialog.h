// SPDX-License-Identifier: MIT
#pragma once

#include "data/fact.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// Edit Figure…: one of the analyst's own figures, every field but its key and source editable.
// Its value is the number its text as written states, never typed apart from it, so the figure
// keeps tracing to its sentence; OK waits until FigureCheck finds nothing wrong, and the line
// under the form says what is.
class FigureEditDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FigureEditDialog(const Data::Fact &fact, QWidget *parent = nullptr);

    // The figure as the form now has it.
    Data::Fact fact() const;
    QString problem() const;
    QPushButton *okButton() const { return m_ok; }
    QLineEdit *labelEdit() const { return m_label; }
    QLineEdit *asWrittenEdit() const { return m_asWritten; }
    QLineEdit *periodStartEdit() const { return m_periodStart; }
    QLineEdit *periodEndEdit() const { return m_periodEnd; }
    QPlainTextEdit *quoteEdit() const { return m_quote; }

private:
    QLineEdit *addField(const QString &label, const QString &text, const QString &tip);
    void updateState();

    Data::Fact m_fact;
    QFormLayout *m_form;
    QLineEdit *m_label;
    QLineEdit *m_asWritten;
    QLabel *m_value;
    QLineEdit *m_unit;
    QLineEdit *m_qualifier;
    QLineEdit *m_periodStart;
    QLineEdit *m_periodEnd;
    QLineEdit *m_periodLabel;
    QLineEdit *m_basis;
    QPlainTextEdit *m_quote;
    QLabel *m_problem;
    QPushButton *m_ok;
};
