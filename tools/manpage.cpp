// SPDX-License-Identifier: MIT
// Build tool: writes the sco-dashboard(1) manual page from the command line's own help text.
//   sco-manpage OUT.1 VERSION YYYY-MM-DD
#include "cli/commandline.h"
#include "cli/manpagewriter.h"

#include <QDate>
#include <QSaveFile>

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: sco-manpage OUT.1 VERSION YYYY-MM-DD\n");
        return 2;
    }
    const QDate date = QDate::fromString(QString::fromLocal8Bit(argv[3]), Qt::ISODate);
    if (!date.isValid()) {
        std::fprintf(stderr, "sco-manpage: '%s' is not a date (YYYY-MM-DD)\n", argv[3]);
        return 2;
    }
    QSaveFile out(QString::fromLocal8Bit(argv[1]));
    const CommandLine commandLine;
    if (!out.open(QIODevice::WriteOnly) ||
        out.write(
            ManPageWriter::write(commandLine, QString::fromLocal8Bit(argv[2]), date).toUtf8()) <
            0 ||
        !out.commit()) {
        std::fprintf(stderr, "sco-manpage: cannot write %s: %s\n", argv[1],
                     qPrintable(out.errorString()));
        return 1;
    }
    return 0;
}
