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

PROGRAM=""
for candidate in "$HERE"/*; do
    if [ -f "$candidate" ] && [ -x "$candidate" ] && [ "$candidate" != "$HERE/add-to-menu.sh" ]; then
        PROGRAM="$candidate"
        break
    fi
done
if [ -z "$PROGRAM" ]; then
    echo "The program was not found next to this script. Nothing was changed." >&2
    exit 1
fi
ICON="$HERE/_internal/saferplan/_data/assets/icon.svg"

mkdir -p "$MENU"
# Quotes in Exec protect folders whose names have spaces.
cat > "$ENTRY" <<EOF
[Desktop Entry]
Type=Application
Name=$NAME
Exec="$PROGRAM"
Icon=$ICON
Terminal=false
Categories=Office;
EOF
chmod 600 "$ENTRY"
echo "Added \"$NAME\" to the applications menu ($ENTRY)."
echo "To take it away: $0 --remove"
