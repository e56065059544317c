// SPDX-License-Identifier: MIT
#include "figureeditdialog.h"

#include "extract/figurecheck.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QDate dayOf(const QLineEdit *edit)
{
    return QDate::fromString(edit->text().trimmed(), Qt::ISODate);
}

} // namespace

FigureEditDialog::FigureEditDialog(const Data::Fact &fact, QWidget *parent)
    : QDialog(parent)
    , m_fact(fact)
    , m_form(new QFormLayout)
    , m_value(new QLabel(this))
    , m_quote(new QPlainTextEdit(fact.quote, this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Edit Figure"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    m_label = addField(tr("&Label:"), fact.label, tr("What the figure measures"));
    m_asWritten = addField(tr("&Figure as written:"), fact.asWritten,
                           tr("The figure word for word as the sentence writes it; its number is "
                              "the value"));
    m_form->addRow(tr("Value:"), m_value);
    m_unit = addField(tr("&Unit:"), fact.unit,
                      tr("\"%\", \"pp\", \"billion U.S. dollars\", \"companies\""));
    m_qualifier = addField(tr("&Qualifier:"), fact.qualifier,
                           tr("\"more than\", \"about\"; empty when the figure is exact"));
    m_periodStart = addField(tr("Period f&rom:"), fact.periodStart.toString(Qt::ISODate),
                             tr("The period's first day (YYYY-MM-DD); empty when the sentence "
                                "states none"));
    m_periodEnd = addField(tr("Period &to:"), fact.periodEnd.toString(Qt::ISODate),
                           tr("The period's last day (YYYY-MM-DD)"));
    m_periodLabel = addField(tr("Period &name:"), fact.periodLabel,
                             tr("The period as tables and charts name it (\"Jan–May 2025\")"));
    m_basis = addField(tr("&Basis:"), fact.basis, tr("\"year-on-year\", \"of GDP\"; may be empty"));
    m_quote->setTabChangesFocus(true);
    m_quote->setToolTip(tr("The sentence the figure comes from, word for word"));
    m_quote->setFixedHeight(m_quote->fontMetrics().lineSpacing() * 5);
    m_form->addRow(tr("&Sentence:"), m_quote);
    connect(m_quote, &QPlainTextEdit::textChanged, this, &FigureEditDialog::updateState);
    m_value->setTextFormat(Qt::PlainText);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
    m_label->setFocus();
    updateState();
}

QLineEdit *FigureEditDialog::addField(const QString &label, const QString &text, const QString &tip)
{
    auto *edit = new QLineEdit(text, this);
    edit->setToolTip(tip);
    m_form->addRow(label, edit);
    connect(edit, &QLineEdit::textChanged, this, &FigureEditDialog::updateState);
    return edit;
}

Data::Fact FigureEditDialog::fact() const
{
    Data::Fact f = m_fact;
    f.label = m_label->text().simplified();
    f.asWritten = m_asWritten->text().trimmed();
    if (const auto stated = FigureCheck::valueOf(f.asWritten)) {
        f.value = stated->first;
        f.decimals = stated->second;
    }
    f.unit = m_unit->text().simplified();
    f.qualifier = m_qualifier->text().simplified();
    f.periodStart = dayOf(m_periodStart);
    f.periodEnd = dayOf(m_periodEnd);
    f.periodLabel = m_periodLabel->text().simplified();
    f.basis = m_basis->text().simplified();
    f.basisCode.clear(); // the analyst's own words
    f.quote = m_quote->toPlainText().trimmed();
    return f;
}

QString FigureEditDialog::problem() const
{
    for (QLineEdit *day : {m_periodStart, m_periodEnd}) {
        if (!day->text().trimmed().isEmpty() && !dayOf(day).isValid())
            return tr("\"%1\" is not a day (YYYY-MM-DD).").arg(day->text().trimmed());
    }
    return FigureCheck::problemOf(fact());
}

void FigureEditDialog::updateState()
{
    const Data::Fact f = fact();
    const auto stated = FigureCheck::valueOf(f.asWritten);
    m_value->setText(stated ? QLocale().toString(stated->first, 'f', stated->second)
                            : tr("(no number)"));
    const QString why = problem();
    m_problem->setText(why);
    m_ok->setEnabled(why.isEmpty());
}
