"""The Qt Widgets screens; the only layer that imports QtWidgets."""
