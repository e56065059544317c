// SPDX-License-Identifier: MIT
// CommandLine's parsing of `export`: which charts, their countries and years, and the file's
// format, size, theme and parts.
#include "commandline.h"

#include "commandlineoptions.h"
#include "models/countryselection.h"

#include <QRegularExpression>

using namespace CommandLineOptions;

std::optional<Invocation> CommandLine::parseExport(Invocation invocation)
{
    if (m_parser.isSet(searchOption))
        return fail(tr("--search goes with the facts command."));
    if (m_parser.isSet(chartOption) == m_parser.isSet(allOption))
        return fail(tr("export needs either --chart ID or --all."));
    invocation.chartId = m_parser.value(chartOption);
    invocation.allCharts = m_parser.isSet(allOption);
    const bool countryChart = invocation.allCharts || invocation.chartId == u"countries" ||
                              invocation.chartId == u"members";
    if ((m_parser.isSet(seriesOption) || m_parser.isSet(countriesOption) ||
         m_parser.isSet(fromOption) || m_parser.isSet(toOption) ||
         m_parser.isSet(decimalsOption)) &&
        !countryChart)
        return fail(tr("--series, --countries, --from, --to and --decimals go with --chart "
                       "countries, --chart members or --all."));
    for (const auto &[option, year] :
         {std::pair{&fromOption, &invocation.fromYear}, std::pair{&toOption, &invocation.toYear}}) {
        if (!m_parser.isSet(*option))
            continue;
        bool ok = false;
        *year = m_parser.value(*option).toInt(&ok);
        if (!ok || *year < 1 || *year > 9999)
            return fail(tr("--%1 takes a year such as 2015, not '%2'.")
                            .arg(option->names().first(), m_parser.value(*option)));
    }
    if (m_parser.isSet(decimalsOption)) {
        bool ok = false;
        invocation.valueDecimals = m_parser.value(decimalsOption).toInt(&ok);
        if (!ok || invocation.valueDecimals < 0 ||
            invocation.valueDecimals > CountrySelection::kMaxDecimals)
            return fail(tr("--decimals takes 0 to %1, not '%2'.")
                            .arg(CountrySelection::kMaxDecimals)
                            .arg(m_parser.value(decimalsOption)));
    }
    if (invocation.fromYear != 0 && invocation.toYear != 0 &&
        invocation.fromYear > invocation.toYear)
        return fail(
            tr("--from %1 comes after --to %2.").arg(invocation.fromYear).arg(invocation.toYear));
    invocation.seriesKey = m_parser.value(seriesOption);
    if (m_parser.isSet(countriesOption)) {
        static const QRegularExpression iso3(QStringLiteral("^[A-Z]{3}$"));
        for (const QString &code : m_parser.value(countriesOption).split(u',')) {
            const QString c = code.trimmed().toUpper();
            if (!iso3.match(c).hasMatch())
                return fail(tr("'%1' in --countries is not an ISO 3166 alpha-3 code such as CHN.")
                                .arg(code));
            invocation.countries.append(c);
        }
    }

    ExportOptions &options = invocation.exportOptions;
    if (!m_parser.isSet(formatOption))
        return fail(tr("export needs --format png, svg or pdf."));
    if (!ExportOptions::parseFormat(m_parser.value(formatOption), &options.format))
        return fail(tr("Unknown export format '%1'. Use png, svg or pdf.")
                        .arg(m_parser.value(formatOption)));
    if (m_parser.isSet(presetOption) == m_parser.isSet(sizeOption))
        return fail(tr("export needs either --preset NAME or --size WxH."));
    if (m_parser.isSet(presetOption)) {
        SizePreset preset;
        if (!SizePreset::byName(m_parser.value(presetOption), &preset)) {
            QStringList names;
            for (const SizePreset &p : SizePreset::all())
                names << p.name;
            return fail(tr("Unknown preset '%1'. Presets: %2.")
                            .arg(m_parser.value(presetOption), names.join(QStringLiteral(", "))));
        }
        options.size = preset.size;
        options.dpi = preset.dpi;
    } else if (!ExportOptions::parseSize(m_parser.value(sizeOption), &options.size)) {
        return fail(tr("Invalid size '%1'. Use WxH with sides from 16 to 16384, e.g. 1600x900.")
                        .arg(m_parser.value(sizeOption)));
    }
    if (m_parser.isSet(dpiOption)) {
        bool ok = false;
        options.dpi = m_parser.value(dpiOption).toInt(&ok);
        if (!ok || options.dpi < 36 || options.dpi > 2400)
            return fail(tr("Invalid dpi '%1'. Use a whole number from 36 to 2400.")
                            .arg(m_parser.value(dpiOption)));
    }
    if (m_parser.isSet(themeOption)) {
        options.theme = m_parser.value(themeOption);
        if (!isTheme(options.theme))
            return fail(
                tr("Unknown theme '%1'. Themes: light, dark, projector.").arg(options.theme));
    }
    options.transparent = m_parser.isSet(transparentOption);
    if (options.transparent && options.format == ExportOptions::Format::Pdf)
        return fail(tr("--transparent works with png and svg, not pdf."));
    options.includeFooter = !m_parser.isSet(noFooterOption);
    options.includeTitle = !m_parser.isSet(noTitleOption);
    invocation.overwrite = m_parser.isSet(forceOption);
    invocation.outPath = m_parser.value(outOption);
    if (invocation.outPath.isEmpty())
        return fail(tr("export needs --out PATH."));
    return invocation;
}
