// SPDX-License-Identifier: MIT
#include "figurerules.h"

#include <tuple>

FigureProposal::Direction FigureRules::lastDirection(const QString &near,
                                                     const QRegularExpression &up,
                                                     const QRegularExpression &down)
{
    qsizetype lastUp = -1;
    qsizetype lastDown = -1;
    for (auto it = up.globalMatch(near); it.hasNext();)
        lastUp = it.next().capturedStart();
    for (auto it = down.globalMatch(near); it.hasNext();)
        lastDown = it.next().capturedStart();
    if (lastUp < 0 && lastDown < 0)
        return FigureProposal::Direction::None;
    return lastUp > lastDown ? FigureProposal::Direction::Up : FigureProposal::Direction::Down;
}

std::pair<double, int> FigureRules::numberOf(const QString &plain)
{
    const qsizetype point = plain.indexOf(u'.');
    return {plain.toDouble(), point < 0 ? 0 : int(plain.size() - point - 1)};
}

FigureProposal FigureRules::figureOf(const QString &sentence, qsizetype start, qsizetype numberEnd,
                                     const QString &plain, const Unit &unit)
{
    FigureProposal f;
    f.kind = unit.kind;
    std::tie(f.value, f.decimals) = numberOf(plain);
    f.scale = unit.scale;
    f.unit = unit.unit;
    f.start = start;
    f.asWritten = sentence.mid(start, numberEnd + unit.length - start);
    f.quote = sentence;
    return f;
}
