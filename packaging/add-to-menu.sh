#!/bin/sh
# Optional: add this program to your desktop's applications menu under a neutral name.
#
#   ./add-to-menu.sh            add "Notes" to the menu (only for you; nothing system-wide)
#   ./add-to-menu.sh --remove   take it away again
#
# SaferPlan never does this by itself. Keep in mind that a menu entry shows anyone who uses this
# computer that the program is here: without it, only the folder does.
set -eu

NAME="Notes"
HERE=$(cd "$(dirname "$0")" && pwd)
MENU="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
ENTRY="$MENU/notes-kit.desktop"

if [ "${1:-}" = "--remove" ]; then
    rm -f "$ENTRY"
    echo "Removed $ENTRY"
    exit 0
fi

PROGRAM="$HERE/saferplan"
if [ ! -f "$PROGRAM" ] || [ ! -x "$PROGRAM" ]; then
    echo "The program was not found next to this script. Nothing was changed." >&2
    exit 1
fi
case "$HERE" in
    *"
"*) echo "This folder's name has a line break, which a menu entry cannot hold. Nothing was changed." >&2
        exit 1 ;;
esac
ICON="$HERE/_internal/saferplan/_data/assets/icon.svg"

# The desktop-entry spec: in a string value a backslash is written \\; an Exec argument in
# double quotes also needs a backslash before " ` $ and \; and % is written %%.
exec_arg() {
    printf '%s' "$1" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g' -e 's/%/%%/g'
}
string_value() {
    printf '%s' "$1" | sed -e 's/\\/\\\\/g'
}

mkdir -p "$MENU"
# Quotes in Exec protect folders whose names have spaces.
cat > "$ENTRY" <<EOF
[Desktop Entry]
Type=Application
Name=$NAME
Exec="$(exec_arg "$PROGRAM")"
Icon=$(string_value "$ICON")
Terminal=false
Categories=Office;
EOF
chmod 600 "$ENTRY"
echo "Added \"$NAME\" to the applications menu ($ENTRY)."
echo "To take it away: $0 --remove"
