#!/bin/sh
# Installs SmartPay Desk for the current user (no root needed), from the unpacked tarball:
#
#   tar xzf smartpay-desk-<version>-linux-<arch>.tar.gz
#   smartpay-desk-<version>-linux-<arch>/install.sh            install (or update) into ~/.local
#   smartpay-desk-<version>-linux-<arch>/install.sh --uninstall
#
# PREFIX (default ~/.local) says where:
#   $PREFIX/lib/smartpay-desk/                        the application folder (the PyInstaller bundle)
#   $PREFIX/bin/smartpay-desk                         a symbolic link to its executable
#   $PREFIX/share/applications/smartpay-desk.desktop  the menu entry (Exec= the absolute path)
#   $PREFIX/share/icons/hicolor/*/apps/smartpay-desk.{png,svg}
#   $PREFIX/share/metainfo/com.smartpay.Desk.metainfo.xml
# Your data (profiles, journal) lives elsewhere (~/.local/share/smartpay-desk) and is never touched here.
set -eu

PREFIX=${PREFIX:-"$HOME/.local"}
HERE=$(cd "$(dirname "$0")" && pwd)
APP_DIR="$PREFIX/lib/smartpay-desk"
BIN="$PREFIX/bin/smartpay-desk"
DESKTOP="$PREFIX/share/applications/smartpay-desk.desktop"
METAINFO="$PREFIX/share/metainfo/com.smartpay.Desk.metainfo.xml"
ICONS="$PREFIX/share/icons/hicolor"

refresh_caches() {
  # Optional desktop caches: present on most desktops, harmless to skip.
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$PREFIX/share/applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$ICONS" 2>/dev/null || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$APP_DIR"
  rm -f "$BIN" "$DESKTOP" "$METAINFO"
  for icon in "$ICONS"/*/apps/smartpay-desk.png "$ICONS"/scalable/apps/smartpay-desk.svg; do
    rm -f "$icon"
  done
  refresh_caches
  echo "SmartPay Desk removed from $PREFIX (your data in ~/.local/share/smartpay-desk is kept)."
  exit 0
fi
if [ $# -gt 0 ]; then
  echo "usage: $0 [--uninstall]    (PREFIX=$PREFIX)" >&2
  exit 2
fi
if [ ! -x "$HERE/smartpay-desk/smartpay-desk" ]; then
  echo "install.sh: $HERE/smartpay-desk/smartpay-desk is missing: run me from the unpacked tarball." >&2
  exit 1
fi

# The new version goes in beside the old one, then replaces it in one step.
mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$PREFIX/share/applications" "$PREFIX/share/metainfo"
rm -rf "$APP_DIR.new"
cp -R "$HERE/smartpay-desk" "$APP_DIR.new"
rm -rf "$APP_DIR.old"
if [ -e "$APP_DIR" ]; then mv "$APP_DIR" "$APP_DIR.old"; fi
mv "$APP_DIR.new" "$APP_DIR"
rm -rf "$APP_DIR.old"

ln -sfn "$APP_DIR/smartpay-desk" "$BIN"
# Exec= and TryExec= get the absolute path: a desktop session's PATH often lacks ~/.local/bin.
sed -e "s|^Exec=smartpay-desk|Exec=$APP_DIR/smartpay-desk|" -e "s|^TryExec=smartpay-desk|TryExec=$APP_DIR/smartpay-desk|" \
  "$HERE/share/applications/smartpay-desk.desktop" >"$DESKTOP"
cp "$HERE/share/metainfo/com.smartpay.Desk.metainfo.xml" "$METAINFO"
( cd "$HERE/share/icons/hicolor" && find . -name 'smartpay-desk.*' ) | while read -r icon; do
  mkdir -p "$ICONS/$(dirname "$icon")"
  cp "$HERE/share/icons/hicolor/$icon" "$ICONS/$icon"
done
refresh_caches

echo "SmartPay Desk installed in $APP_DIR"
echo "  start it from the applications menu, or run: $BIN"
case ":$PATH:" in
  *":$PREFIX/bin:"*) ;;
  *) echo "  ($PREFIX/bin is not on your PATH: add it, or use the full path above)" ;;
esac
