"""Entry script of the standalone build: the same start as ``python -m saferplan``.

PyInstaller needs a script file to start from; this one sits outside the package so the
package's own folder is not put on the import path as a top-level location.
"""

from __future__ import annotations

from saferplan.app import main

raise SystemExit(main())
