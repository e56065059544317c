// SPDX-License-Identifier: MIT
// libFuzzer target: any bytes, split at NUL, as the program's arguments, through decoding and
// parsing exactly as main() does it.
#include "cli/commandline.h"
#include "fuzzsupport.h"

#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::application();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<QByteArray> arguments{QByteArrayLiteral("sco-dashboard")};
    arguments += bytes.split('\0');
    std::vector<const char *> argv;
    for (const QByteArray &argument : arguments)
        argv.push_back(argument.constData());
    CommandLine commandLine;
    if (const auto decoded = commandLine.decode(int(argv.size()), argv.data())) {
        commandLine.parse(*decoded);
        if (commandLine.helpRequested())
            commandLine.helpText();
    }
    return 0;
}
