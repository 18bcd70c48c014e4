"""SaferPlan: an offline, encrypted safety plan and release plan."""

__version__ = "0.1.0"
