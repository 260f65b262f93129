#!/usr/bin/env bash
# The Debian package as a center's IT staff get it: made by CPack from the build tree, checked by lintian, unpacked
# into a scratch root (dpkg-deb -x), and its programs run from there, finding their translations and style sheet
# at the installed paths, not in the build tree.
#   check_package.sh BUILD_DIR VERSION
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
build_dir=$1 version=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/kezek-package.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { printf 'check_package: %s\n' "$*" >&2; exit 1; }

echo "== cpack"
cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb=$work/out/kezek_${version}_amd64.deb
[[ -f $deb ]] || fail "no $deb; cpack made: $(ls "$work/out")"
dpkg-deb --info "$deb"
depends=$(dpkg-deb --field "$deb" Depends)
# shlibdeps read the libraries off the binaries; the plugins Qt loads at run time are named by hand.
for wanted in libqt6core6 libqt6widgets6 libqt6sql6 libsodium23 libpq5 libqt6sql6-sqlite libqt6sql6-psql; do
    [[ $depends == *"$wanted"* ]] || fail "Depends lacks $wanted: $depends"
done

echo "== lintian"
lintian --fail-on error --info "$deb" || fail "lintian found errors"

echo "== contents"
root=$work/root
dpkg-deb -x "$deb" "$root"
for file in usr/bin/kezek usr/bin/kezekctl \
    usr/share/kezek/translations/kezek_kk.qm usr/share/kezek/translations/kezek_ru.qm \
    usr/share/kezek/translations/kezek_en.qm usr/share/kezek/translations/qt_kk.qm usr/share/kezek/kezek.qss \
    usr/share/kezek/kezek-display-autostart.desktop usr/lib/systemd/user/kezek-display.service \
    usr/share/applications/kz.kezek.Kezek.desktop usr/share/applications/kz.kezek.Kezek.Reception.desktop \
    usr/share/applications/kz.kezek.Kezek.Supervisor.desktop usr/share/applications/kz.kezek.Kezek.Display.desktop \
    usr/share/icons/hicolor/scalable/apps/kz.kezek.Kezek.svg usr/share/metainfo/kz.kezek.Kezek.metainfo.xml \
    usr/share/man/man1/kezek.1.gz usr/share/man/man1/kezekctl.1.gz \
    usr/share/doc/kezek/copyright usr/share/doc/kezek/changelog.gz usr/share/doc/kezek/KIOSK.md; do
    [[ -s $root/$file ]] || fail "the package lacks /$file"
done
desktop-file-validate "$root"/usr/share/applications/*.desktop "$root"/usr/share/kezek/kezek-display-autostart.desktop
appstreamcli validate --no-net "$root/usr/share/metainfo/kz.kezek.Kezek.metainfo.xml"
# The menu: four entries, one per role, each named in Kazakh and Russian, each starting its own page.
declare -A starts=([kz.kezek.Kezek]="kezek --start operator" [kz.kezek.Kezek.Reception]="kezek --start reception"
                   [kz.kezek.Kezek.Supervisor]="kezek --start supervisor" [kz.kezek.Kezek.Display]="kezek --display")
for entry in "${!starts[@]}"; do
    file=$root/usr/share/applications/$entry.desktop
    grep -qx "Exec=${starts[$entry]}" "$file" || fail "$entry.desktop does not run ${starts[$entry]}"
    for language in kk ru; do
        grep -q "^Name\[$language\]=Кезек: " "$file" || fail "$entry.desktop has no $language name"
    done
done
[[ $(ls "$root/usr/share/applications" | wc -l) == 4 ]] || fail "the menu has not four entries: $(ls "$root/usr/share/applications")"
# The kiosk's unit, as systemd reads it.
mkdir -p "$work/runtime" && chmod 700 "$work/runtime"
XDG_RUNTIME_DIR=$work/runtime PATH=$root/usr/bin:$PATH systemd-analyze --user verify \
    "$root/usr/lib/systemd/user/kezek-display.service" || fail "systemd rejects kezek-display.service"
for page in kezek kezekctl; do
    text=$(MANWIDTH=120 man -l "$root/usr/share/man/man1/$page.1.gz" 2>&1)
    for section in NAME SYNOPSIS DESCRIPTION OPTIONS ENVIRONMENT "EXIT STATUS" "SEE ALSO"; do
        grep -q "^$section" <<<"$text" || fail "man $page has no $section section:
$text"
    done
    grep -q "KEZEK_PASSWORD_FILE" <<<"$text" || fail "man $page does not name KEZEK_PASSWORD_FILE"
done

echo "== the unpacked programs"
# Nothing of this user's: no settings, no default database, no display.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
unset DISPLAY WAYLAND_DISPLAY KEZEK_DB
mkdir -p "$HOME"
bin=$root/usr/bin
"$bin/kezekctl" --version | grep -q "^kezekctl $version (database schema" || fail "kezekctl --version: $("$bin/kezekctl" --version)"
# The Kazakh catalogue, from the installed translations.
LANGUAGE=kk "$bin/kezekctl" --version | grep -q "еркін бағдарлама" ||
    fail "kezekctl in Kazakh: $(LANGUAGE=kk "$bin/kezekctl" --version 2>&1)"
db=$work/demo.sqlite
"$bin/kezekctl" --db "$db" init --demo
LANGUAGE=ru "$bin/kezekctl" --db "$db" windows | grep -q "открыто" || fail "kezekctl windows in Russian: $(LANGUAGE=ru "$bin/kezekctl" --db "$db" windows 2>&1)"

# kezek reports each data file it loads (QT_LOGGING_RULES below); it runs until `timeout` stops it.
export QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="kezek.files.info=true"
status=0
timeout 6 "$bin/kezek" --db "$db" --display 2>"$work/display.log" || status=$?
[[ $status == 124 ]] || { cat "$work/display.log" >&2; fail "kezek --display stopped by itself (exit $status)"; }
for language in kk ru; do
    grep -qF "translation $root/usr/share/kezek/translations/kezek_$language.qm" "$work/display.log" ||
        { cat "$work/display.log" >&2; fail "kezek --display did not load the installed $language translation"; }
done
password=$work/password
printf 'demo1234\n' >"$password"
chmod 600 "$password"
status=0
KEZEK_PASSWORD_FILE=$password timeout 6 "$bin/kezek" --db "$db" --operator supervisor --start supervisor --lang kk \
    2>"$work/console.log" || status=$?
[[ $status == 124 ]] || { cat "$work/console.log" >&2; fail "kezek (console) stopped by itself (exit $status)"; }
grep -qF "style sheet $root/usr/share/kezek/kezek.qss" "$work/console.log" ||
    { cat "$work/console.log" >&2; fail "the console did not load the installed style sheet"; }
grep -qF "translation $root/usr/share/kezek/translations/kezek_kk.qm" "$work/console.log" ||
    { cat "$work/console.log" >&2; fail "the console did not load the installed Kazakh translation"; }
grep -qF "translation of Qt's strings $root/usr/share/kezek/translations/qt_kk.qm" "$work/console.log" ||
    { cat "$work/console.log" >&2; fail "the console did not load the installed Kazakh catalogue of Qt's strings"; }
if grep -q "cannot be read" "$work/display.log" "$work/console.log"; then
    fail "a data file is missing: $(grep -h "cannot be read" "$work/display.log" "$work/console.log")"
fi
echo "check_package: $deb is sound"
