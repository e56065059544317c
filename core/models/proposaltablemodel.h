// SPDX-License-Identifier: MIT
#pragma once

#include "extract/figureproposal.h"

#include <QAbstractTableModel>
#include <QList>

// An article's proposals for review, one row each: whether to keep it (checkable, kept by
// default), the figure as written, and its label, unit, period and basis, which the analyst may
// edit, beside the verbatim sentence, which never changes.
class ProposalTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { Keep, Figure, Label, Unit, Period, Basis, Sentence, NUM_COLUMNS };
    Q_ENUM(Columns)
    enum Roles {
        FigureStartRole = Qt::UserRole, // Sentence: where the figure starts in it
        FigureLengthRole,
    };

    explicit ProposalTableModel(QObject *parent = nullptr);

    // Shows PROPOSALS; a figure the last proposals had too keeps the analyst's choice and edits.
    void setProposals(const QList<FigureProposal> &proposals);
    // The proposals kept, with the analyst's edits; all of them, kept or not.
    QList<FigureProposal> kept() const;
    QList<FigureProposal> all() const { return m_proposals; }
    // The row showing FIGURE (the same words at the same place of the same sentence), or -1.
    int rowOf(const FigureProposal &figure) const;
    int keptCount() const;
    void setAllKept(bool keep);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void keptChanged();

private:
    QString text(const FigureProposal &p, int column) const;

    QList<FigureProposal> m_extracted; // as the extractor proposed them
    QList<FigureProposal> m_proposals; // with the analyst's edits
    QList<bool> m_kept;
};
