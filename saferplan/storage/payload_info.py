"""Which version of the app last wrote a plan, and whether this version may change it.

The encrypted payload's JSON carries, beside the plan, ``"written_by"``: the version string of
the app that saved it (inside the encryption; the plaintext header never names a version of the
app). Whether a file is *newer* than this app is decided by the plan format field
``"saferplan"`` (SCHEMA_VERSION), not by comparing version strings: a later app that keeps the
format writes files this one opens as usual.

A newer file is opened READ-ONLY when its plan can still be read (a later format that only
added top-level fields: those are left aside, and saving would lose them, so nothing is
written); otherwise it is refused with a message that names the version that wrote it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from saferplan import __version__
from saferplan.model.document import SCHEMA_VERSION
from saferplan.model.plan_json import TOP_LEVEL_KEYS
from saferplan.storage import payload_json

WRITTEN_BY: Final = "written_by"
_MAX_VERSION_CHARS: Final = 40


@dataclass(frozen=True)
class PayloadInfo:
    """What the payload says about its writer: app version (None if not recorded) and format."""

    written_by: str | None
    schema: int

    @property
    def newer(self) -> bool:
        """True if a newer version of the app wrote this plan in a later format."""
        return self.schema > SCHEMA_VERSION


def stamp(plan: dict[str, Any]) -> bytes:
    """The payload JSON of plan data from dump_plan_json, recording this app's version."""
    # orjson: compact UTF-8, about ten times as fast as json.dumps (a save makes it on the GUI
    # thread); the record's entries on lines of their own (payload_json.py), which any JSON
    # reader reads as it would without them.
    return payload_json.dumps({**plan, WRITTEN_BY: __version__})


def split(raw: object) -> tuple[object, PayloadInfo]:
    """Separate the writer's version from parsed payload JSON: (plan data, info).

    For a newer format, the plan data keeps only the fields this version knows, with the
    format set to this one's, so that it can be shown read-only. Anything unexpected is left
    for the plan reader to reject.
    """
    if not isinstance(raw, dict):
        return raw, PayloadInfo(None, SCHEMA_VERSION)
    plan = dict(raw)
    written_by = plan.pop(WRITTEN_BY, None)
    if not isinstance(written_by, str) or not written_by.isprintable():
        written_by = None
    info = PayloadInfo(written_by[:_MAX_VERSION_CHARS] if written_by else None,
                       _schema(plan.get("saferplan")))
    if info.newer:
        plan = {key: value for key, value in plan.items() if key in TOP_LEVEL_KEYS}
        plan["saferplan"] = SCHEMA_VERSION
    return plan, info


def _schema(value: object) -> int:
    """The format number, or this version's when it is missing or not a number."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return SCHEMA_VERSION


def newer_message(info: PayloadInfo, *, readable: bool) -> str:
    """One calm sentence or two about a plan saved by a newer version of the app."""
    who = (f"SaferPlan {info.written_by}" if info.written_by
           else "a newer version of SaferPlan")
    if readable:
        return (f"This plan was saved by {who}, which is newer than this one ({__version__}). "
                "You can read it here, but it cannot be changed here, so that nothing is lost. "
                "To change it, use the newer version.")
    return (f"This plan was saved by {who}, which is newer than this one ({__version__}), "
            "and it cannot be read here. The file is unchanged. Please open it with the newer "
            "version.")
