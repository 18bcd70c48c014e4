"""The plan document: people, documents, plans, answers and log; JSON in and out. No Qt."""

from saferplan.model.derived import (
    bond_persons,
    document_locations,
    lawyer_contacts,
    numbers_by_heart,
)
from saferplan.model.document import (
    ANSWER_STATES,
    ROLES,
    Answer,
    AnswerValue,
    Document,
    LogEntry,
    Person,
    Plan,
    PlanDocument,
    PracticeProgress,
)
from saferplan.model.plan_json import (
    AnswerRule,
    PlanJsonError,
    QuestionCatalog,
    dump_plan_json,
    dumps_plan_json,
    load_plan_json,
    loads_plan_json,
)

__all__ = [
    "ANSWER_STATES",
    "ROLES",
    "Answer",
    "AnswerRule",
    "AnswerValue",
    "Document",
    "LogEntry",
    "Person",
    "Plan",
    "PlanDocument",
    "PlanJsonError",
    "PracticeProgress",
    "QuestionCatalog",
    "bond_persons",
    "document_locations",
    "dump_plan_json",
    "dumps_plan_json",
    "lawyer_contacts",
    "load_plan_json",
    "loads_plan_json",
    "numbers_by_heart",
]
