// SPDX-License-Identifier: MIT
#include "importoptions.h"

namespace {

struct FormatName
{
    ImportOptions::Format format;
    const char16_t *name;
};

constexpr FormatName kFormatNames[] = {{ImportOptions::Format::Auto, u"auto"},
                                       {ImportOptions::Format::Facts, u"facts"},
                                       {ImportOptions::Format::Owid, u"owid"},
                                       {ImportOptions::Format::WorldBank, u"worldbank"}};

} // namespace

bool ImportOptions::parseFormat(const QString &name, Format *format)
{
    for (const FormatName &entry : kFormatNames) {
        if (name == QStringView(entry.name)) {
            *format = entry.format;
            return true;
        }
    }
    return false;
}

QString ImportOptions::formatName(Format format)
{
    for (const FormatName &entry : kFormatNames) {
        if (entry.format == format)
            return QString::fromUtf16(entry.name);
    }
    return {};
}
