#!/usr/bin/env bash
# Build the Debian package: scripts/build_deb.sh  (or: make deb)
#   -> dist/cramp-timer_VERSION_ARCH.deb; prints its path on the last line.
#
# It wraps the PyInstaller one-folder bundle (scripts/build_bundle.sh, which installs what
# requirements.lock pins, whatever that is at the time): why the bundle and not the wheel
# is in docs/decisions/0017-deb-from-the-bundle.md. Layout:
#   /usr/lib/cramp-timer/          the bundle
#   /usr/bin/cramp-timer           a symlink to it
#   /usr/share/applications, /usr/share/icons/hicolor, /usr/share/metainfo   from packaging/
#   /usr/share/doc/cramp-timer     copyright, changelog
#   /usr/share/lintian/overrides   the tags a self-contained bundle cannot avoid (explained)
# Depends: libc6, and the system packages `scripts/setup.sh --print-app-packages` lists
# (espeak-ng, alsa-utils, fonts, the xcb libraries, ...), each library also under its
# Debian 13 / Ubuntu 24.04 "t64" name. No maintainer scripts: dpkg's triggers refresh the
# icon and menu caches, and removal leaves nothing behind (the app writes only under the
# user's home). SKIP_BUNDLE=1 reuses dist/cramp-timer as it is.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
start=$SECONDS

[[ "${SKIP_BUNDLE:-}" == 1 && -x dist/cramp-timer/cramp-timer ]] || scripts/build_bundle.sh >&2
version="$(.venv/bin/python -c 'import cramp_timer; print(cramp_timer.__version__)')"
arch="$(dpkg --print-architecture)"
app_id=io.github.cramptimer.CrampTimer

stage=build/deb/cramp-timer
rm -rf build/deb
mkdir -p "$stage/DEBIAN" "$stage/usr/lib" "$stage/usr/bin" "$stage/usr/share/applications" \
    "$stage/usr/share/metainfo" "$stage/usr/share/doc/cramp-timer" \
    "$stage/usr/share/lintian/overrides"
cp -a dist/cramp-timer "$stage/usr/lib/cramp-timer"
ln -s ../lib/cramp-timer/cramp-timer "$stage/usr/bin/cramp-timer"
install -m 0644 "packaging/$app_id.desktop" "$stage/usr/share/applications/"
install -m 0644 "packaging/$app_id.metainfo.xml" "$stage/usr/share/metainfo/"
mkdir -p "$stage/usr/share/icons"
cp -r assets/icons/hicolor "$stage/usr/share/icons/"
install -m 0644 packaging/debian/copyright "$stage/usr/share/doc/cramp-timer/copyright"
{
    echo "cramp-timer ($version) unstable; urgency=medium"
    echo
    echo "  * Built from the Cramp Timer $version sources (scripts/build_deb.sh)."
    echo
    echo " -- $(sed -n 's/^Maintainer: //p' packaging/debian/control.in)  $(date -R -d "@${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}")"
} | gzip -9n >"$stage/usr/share/doc/cramp-timer/changelog.gz"
install -m 0644 packaging/debian/lintian-overrides "$stage/usr/share/lintian/overrides/cramp-timer"

# Plain permissions everywhere: 0644, but 0755 for folders and the bundle's own program.
find "$stage" -type d -exec chmod 0755 {} +
find "$stage" -type f -exec chmod 0644 {} +
chmod 0755 "$stage/usr/lib/cramp-timer/cramp-timer"
# The shared libraries as Debian ships them: stripped of symbols, and without a RUNPATH
# into the build machine's Python (an $ORIGIN one, inside the bundle, stays).
# The program itself is left alone: its bundled archive follows the ELF sections.
# A library that stripping would leave unloadable (one patchelf rewrote before, as
# auditwheel did NumPy's OpenBLAS) is kept as it came: scripts/elf_loadable.py tells.
kept=()
while IFS= read -r -d '' lib; do
    cp -p "$lib" "$lib.whole"
    strip --strip-unneeded --remove-section=.comment --remove-section=.note "$lib"
    rpath="$(patchelf --print-rpath "$lib" 2>/dev/null || true)"
    if [[ -n "$rpath" && "$rpath" != *'$ORIGIN'* ]]; then
        patchelf --remove-rpath "$lib"
    fi
    if python3 scripts/elf_loadable.py "$lib" 2>/dev/null; then
        rm "$lib.whole"
    else
        mv "$lib.whole" "$lib"
        kept+=("${lib#"$stage"}")
    fi
done < <(find "$stage/usr/lib/cramp-timer/_internal" -type f -name '*.so*' -print0)
((${#kept[@]} == 0)) || echo "build_deb: left unstripped (stripping breaks them): ${kept[*]}" >&2

depends=("libc6 (>= 2.34)")
while read -r pkg; do
    [[ -n "$pkg" ]] || continue
    if [[ "$pkg" == lib*[0-9] ]]; then depends+=("$pkg | ${pkg}t64"); else depends+=("$pkg"); fi
done < <(scripts/setup.sh --print-app-packages)
size_kib="$(du -sk --exclude=DEBIAN "$stage" | cut -f1)"
deps_line="$(IFS=,; echo "${depends[*]}" | sed 's/,/, /g')"
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$size_kib/" \
    -e "s/@DEPENDS@/$deps_line/" packaging/debian/control.in >"$stage/DEBIAN/control"
(cd "$stage" && find usr -type f -print0 | sort -z | xargs -0 md5sum) >"$stage/DEBIAN/md5sums"
chmod 0644 "$stage/DEBIAN/control" "$stage/DEBIAN/md5sums"

deb="dist/cramp-timer_${version}_${arch}.deb"
rm -f "$deb"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
echo "build_deb: $deb: $(du -h "$deb" | cut -f1), installed $((size_kib / 1024)) MiB, in $((SECONDS - start)) s" >&2
echo "$deb"
