// SPDX-License-Identifier: MIT
#include "extractcommand.h"

#include "export/factlistwriter.h"
#include "extract/articleextractor.h"
#include "extract/articlefile.h"
#include "extract/proposalfacts.h"

#include <QJsonArray>
#include <QJsonDocument>

bool ExtractCommand::run(const Invocation &invocation)
{
    ArticleFile file;
    const std::optional<QString> text = file.read(invocation.articleFile);
    if (!text) {
        m_error = file.errorString();
        return false;
    }
    const ArticleCitation citation = ArticleCitation::readFrom(*text)
                                         .overriddenBy(file.citation())
                                         .overriddenBy(invocation.articleCitation);
    if (!citation.published.isValid()) {
        m_error = QCoreApplication::translate("ExtractCommand",
                                              "%1 does not say when it was published; give the day "
                                              "with --published YYYY-MM-DD.")
                      .arg(invocation.articleFile);
        return false;
    }
    // --lang names the article's language too; otherwise its letters tell.
    const QList<FigureProposal> proposals = ArticleExtractor::extract(
        *text, citation.published, ArticleLanguage::fromName(invocation.language));
    if (invocation.format == u"json") {
        QJsonArray array;
        for (const FigureProposal &p : proposals)
            array.append(ProposalFacts::jsonOf(p));
        return emitOutput([&](QIODevice *out) {
            const QByteArray json = QJsonDocument(array).toJson();
            return out->write(json) == json.size();
        });
    }
    // A facts CSV credits every figure to its article, which import needs named.
    if (invocation.format == u"csv" && citation.outlet.isEmpty()) {
        m_error = QCoreApplication::translate("ExtractCommand",
                                              "%1 does not name its outlet; give it with --outlet "
                                              "so the facts CSV credits it.")
                      .arg(invocation.articleFile);
        return false;
    }
    if (invocation.format == u"csv" && citation.title.isEmpty()) {
        m_error = QCoreApplication::translate("ExtractCommand",
                                              "%1 has no headline; give it with --title so the "
                                              "facts CSV credits it.")
                      .arg(invocation.articleFile);
        return false;
    }
    const Data::Source source = ProposalFacts::sourceOf(citation);
    QList<Data::Fact> facts;
    for (qsizetype i = 0; i < proposals.size(); ++i)
        facts.append(ProposalFacts::factOf(proposals.at(i), source, int(i) + 1));
    FactListWriter::Format format = FactListWriter::Format::Table;
    FactListWriter::parseFormat(invocation.format, &format);
    return emitOutput([&](QIODevice *out) { return FactListWriter::write(facts, format, out); });
}
