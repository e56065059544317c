// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

#include "data/fact.h"

#include <QList>
#include <QString>

// Keeps an article's accepted figures in the analyst's store, and takes them out again: the
// figures are facts of one new source, the article, written in one transaction through the
// store seam, so they reach every place a figure is shown. One of the analyst's own figures can
// be deleted and put back the same way; the built-in ones never change. Errors are values: a failed
// call returns false and sets errorString(); the store is then as it was.
class ArticleFigureWriter
{
    Q_DECLARE_TR_FUNCTIONS(ArticleFigureWriter)

public:
    explicit ArticleFigureWriter(const QString &storePath)
        : m_storePath(storePath)
    {
    }

    // Writes FACTS, each citing SOURCE; refused when the store already holds SOURCE's key, so
    // saving an article twice never mixes two reviews of it.
    bool save(const Data::Source &source, const QList<Data::Fact> &facts);
    // Removes the source SOURCEKEY and every figure it brought.
    bool remove(const QString &sourceKey);
    // Deletes the analyst's own figure FACT (by its key), and puts it back, with its source.
    bool removeFigure(const Data::Fact &fact);
    bool restoreFigure(const Data::Fact &fact);
    // Replaces the analyst's own figure BEFORE with AFTER, the same figure (its key and source)
    // edited; refused for a built-in figure (restoreFigure() too), and when FigureCheck finds
    // AFTER no longer traces to its sentence.
    bool editFigure(const Data::Fact &before, const Data::Fact &after);
    QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);

    QString m_storePath;
    QString m_error;
};
