#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Fails when the committed translations lag the sources: lupdate, run over core/, ui/ and app/ into
# copies of resources/translations/*.ts, finds a string with no translation (unfinished) or a
# translation whose string is gone (vanished or obsolete). The fix is:
#   lupdate -locations none -no-obsolete core ui app -ts resources/translations/sco_*.ts
# and translating what it marks unfinished.
#   translations_check.sh LUPDATE SOURCE_DIR
set -euo pipefail
lupdate=$1
source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$source_dir"/resources/translations/*.ts "$work/"
status=0
for ts in "$work"/*.ts; do
    (cd "$source_dir" && "$lupdate" -locations none core ui app -ts "$ts" >/dev/null 2>"$work/warnings")
    if [[ -s $work/warnings ]]; then
        echo "lupdate warns:"
        cat "$work/warnings"
        status=1
    fi
    python3 - "$ts" <<'PY' || status=1
import sys, xml.etree.ElementTree as ET
path = sys.argv[1]
problems = []
for context in ET.parse(path).getroot().iter('context'):
    name = context.findtext('name')
    for message in context.iter('message'):
        kind = message.find('translation').get('type')
        if kind in ('unfinished', 'vanished', 'obsolete'):
            problems.append(f"  {kind}: [{name}] {message.findtext('source')!r}")
count = sum(1 for _ in ET.parse(path).getroot().iter('message'))
lang = path.rsplit('_', 1)[-1].removesuffix('.ts')
if problems:
    print(f"{path.rsplit('/', 1)[-1]}: {len(problems)} of {count} strings need work:")
    print('\n'.join(problems))
    sys.exit(1)
print(f"{path.rsplit('/', 1)[-1]}: all {count} strings translated, none obsolete")
PY
done
exit "$status"
