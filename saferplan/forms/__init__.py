"""The question sets (safety plan, release plan) as validated, typed data. No Qt."""

from saferplan.forms.loader import (
    check_unique_across,
    clear_form_cache,
    load_all_forms,
    load_demo_plan,
    load_form,
    load_form_file,
    question_catalog,
)
from saferplan.forms.schema import (
    FORM_IDS,
    KINDS,
    OPTION_KINDS,
    Form,
    FormError,
    Option,
    Question,
    Section,
)

__all__ = [
    "FORM_IDS",
    "KINDS",
    "OPTION_KINDS",
    "Form",
    "FormError",
    "Option",
    "Question",
    "Section",
    "check_unique_across",
    "clear_form_cache",
    "load_all_forms",
    "load_demo_plan",
    "load_form",
    "load_form_file",
    "question_catalog",
]
