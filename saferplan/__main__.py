"""Run SaferPlan with ``python -m saferplan``."""

from saferplan.app import main

raise SystemExit(main())
