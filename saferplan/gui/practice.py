"""Numbers by heart: practise recalling the phone numbers the person marked to learn.

The schedule and the comparison live in ``saferplan.model.practice``; this screen only asks, shows
the result, and writes progress into ``session.doc`` (the shell's autosave encrypts it).

Digits are always shown as Western digits 0-9, whatever the language: we never format numbers
through QLocale (which could show, for example, Thai or Khmer digits), because Western digits are
what phones, officials and forms use in Canada. Typed digits of other scripts are turned into
Western digits as they are typed.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt, Signal
from PySide6.QtGui import QFont, QRegularExpressionValidator, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from saferplan.export.labels import CARD, ROLE_LABELS
from saferplan.gui import theme
from saferplan.gui.announce import announce
from saferplan.gui.session import Session
from saferplan.gui.widgets import (
    PAGE_MARGINS,
    Screen,
    button,
    heading,
    page_header,
    scrolling,
    sensitive,
    set_button_text,
    set_label_text,
    wrapped_label,
)
from saferplan.model.practice import (
    AttemptResult,
    DigitMark,
    Mark,
    PracticeRound,
    digits_of,
    hint_for,
    is_known,
    people_to_learn,
)

# Gentle colours (never alarm red); the text marks carry the meaning for people who see no colour.
_MARK_STYLE: dict[Mark, tuple[str, str]] = {
    Mark.CORRECT: ("#dcefe0", "✓"),
    Mark.WRONG: ("#f7e0c4", "≠"),   # "different", never a cross that says "wrong"
    Mark.MISSING: ("#e4e4e4", "?"),
    Mark.EXTRA: ("#e6ddf2", "+"),
}
_MARK_TEXT_COLOUR = "#1f1f1f"
_MAX_TYPED = 40


def western_digits(text: str) -> str:
    """Return ``text`` with every decimal digit of any script written as a Western digit."""
    return "".join(digits_of(ch) if ch.isdecimal() else ch for ch in text)


def role_words(roles: list[str]) -> str:
    """Return a person's roles in plain words, in the order the card uses."""
    words = [QCoreApplication.translate(CARD, label)
             for role, label in ROLE_LABELS if role in roles]
    return QCoreApplication.translate("PracticeWidget", ", ").join(words)


def _badge(label: QLabel) -> None:
    """A small "known by heart" badge in the theme's success colours."""
    theme.set_role(label, "success-box")
    label.setMargin(6)


def _scaled_font(widget: QWidget, scale: float, bold: bool = False) -> QFont:
    """A font relative to the app font, so a larger text size makes everything larger."""
    font = QFont(widget.font())
    font.setPointSizeF(max(font.pointSizeF(), 9.0) * scale)
    font.setBold(bold)
    return font


class PracticeWidget(Screen):
    """The practice screen: one number at a time, typed from memory, then gentle feedback."""

    close_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None,
                 *, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.session = session
        self._today = today
        self._round = PracticeRound.due_today(session.doc, today())
        self._started = False
        self._hint_level = 0
        # Who was shown their number this sitting, and who has tried (right or not).
        self._looked: set[str] = set()
        self._practised: set[str] = set()
        self._build()
        self.retranslate_ui()
        self._show_current()

    # --- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*PAGE_MARGINS)
        self.back_button = button()
        self.back_button.clicked.connect(self.close_requested)
        self.title = heading()
        layout.addLayout(page_header(self.title, self.back_button))
        self.progress_label = wrapped_label()
        layout.addWidget(self.progress_label)
        self.pages = QStackedWidget()
        self.empty_page = self._build_empty_page()
        self.ask_page = self._build_ask_page()
        self.result_page = self._build_result_page()
        self.done_page = self._build_done_page()
        self.look_page = self._build_look_page()
        for page in (self.empty_page, self.ask_page, self.result_page, self.done_page,
                     self.look_page):
            self.pages.addWidget(scrolling(page))
        layout.addWidget(self.pages, 1)

    def _build_empty_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.empty_title = heading(scale=1.3)
        self.empty_text = wrapped_label()
        box.addWidget(self.empty_title)
        box.addWidget(self.empty_text)
        box.addStretch(1)
        return page

    def _build_look_page(self) -> QWidget:
        """A new number is shown once, to read and say, before it is asked for."""
        page = QWidget()
        box = QVBoxLayout(page)
        box.setSpacing(10)
        self.look_name = heading(scale=1.8)
        self.look_name.setTextFormat(Qt.TextFormat.PlainText)
        self.look_text = wrapped_label()
        self.look_number = QLabel()
        self.look_number.setTextFormat(Qt.TextFormat.PlainText)
        self.look_number.setFont(_scaled_font(self, 2.4, bold=True))
        self.look_number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.look_number.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # numbers run LTR
        self.ready_button = button()
        self.ready_button.setDefault(True)
        theme.set_role(self.ready_button, "primary")   # the one next step on this page
        self.ready_button.clicked.connect(self.ready_to_try)
        for widget in (self.look_name, self.look_text, self.look_number):
            box.addWidget(widget)
        row = QHBoxLayout()
        row.addWidget(self.ready_button)
        row.addStretch(1)
        box.addLayout(row)
        box.addStretch(1)
        return page

    def _build_ask_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setSpacing(10)
        name_row = QHBoxLayout()
        self.name_label = heading(scale=1.8)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.known_badge = QLabel()
        _badge(self.known_badge)
        name_row.addWidget(self.name_label, 1)
        name_row.addWidget(self.known_badge, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(name_row)
        self.role_label = wrapped_label()
        self.hide_roles = QCheckBox()
        self.hide_roles.toggled.connect(self._show_roles)
        box.addWidget(self.role_label)
        box.addWidget(self.hide_roles)
        self.ask_text = wrapped_label()
        box.addWidget(self.ask_text)
        self.number_input = QLineEdit()
        self.number_input.setFont(_scaled_font(self, 2.4))
        self.number_input.setMaxLength(_MAX_TYPED)
        self.number_input.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number_input.setValidator(QRegularExpressionValidator(QRegularExpression(
            r"[\d\s+().\-]*", QRegularExpression.PatternOption.UseUnicodePropertiesOption)))
        sensitive(self.number_input)
        self.number_input.setInputMethodHints(
            self.number_input.inputMethodHints() | Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.number_input.textEdited.connect(self._to_western_digits)
        self.number_input.returnPressed.connect(self.check_answer)
        self.number_input.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # numbers run LTR
        box.addWidget(self.number_input)
        self.hint_label = QLabel()
        self.hint_label.setFont(_scaled_font(self, 1.6))
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.hint_label)
        box.addLayout(self._build_keypad())
        actions = QHBoxLayout()
        self.hint_button = button()
        self.hint_button.clicked.connect(self.show_hint)
        self.skip_button = button()
        self.skip_button.clicked.connect(self.skip)
        actions.addStretch(1)
        actions.addWidget(self.hint_button)
        actions.addWidget(self.skip_button)
        actions.addStretch(1)
        box.addLayout(actions)
        box.addStretch(1)
        return page

    def _build_keypad(self) -> QHBoxLayout:
        # A phone keypad reads 1-2-3 from the left in every language, Arabic included.
        keypad = QWidget()
        keypad.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        grid = QGridLayout(keypad)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        self.keys: dict[str, QPushButton] = {}
        keys = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "+", "0", "delete")
        for index, key in enumerate(keys):
            push = QPushButton("⌫" if key == "delete" else key)
            push.setFont(_scaled_font(self, 1.6))
            push.setMinimumHeight(push.sizeHint().height() + 12)
            # Clicks must not take focus from the field; keyboard users still reach keys with Tab.
            push.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            push.setAutoDefault(False)
            push.clicked.connect(lambda _=False, k=key: self.press_key(k))
            grid.addWidget(push, index // 3, index % 3)
            self.keys[key] = push
        self.done_key = button()
        theme.set_role(self.done_key, "primary")
        self.done_key.setFont(_scaled_font(self, 1.3, bold=True))
        self.done_key.setMinimumHeight(self.done_key.sizeHint().height() + 12)
        self.done_key.clicked.connect(self.check_answer)
        grid.addWidget(self.done_key, 4, 0, 1, 3)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(keypad, 2)
        row.addStretch(1)
        return row

    def _build_result_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setSpacing(10)
        self.result_name = heading(scale=1.5)
        self.result_name.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict = heading(scale=1.2)
        self.marks_label = QLabel()
        self.marks_label.setTextFormat(Qt.TextFormat.RichText)
        self.marks_label.setFont(_scaled_font(self, 1.6))
        self.marks_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.legend = wrapped_label()
        self.legend.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.mistakes_text = wrapped_label()
        self.mistakes_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number_caption = wrapped_label()
        self.number_shown = QLabel()
        self.number_shown.setTextFormat(Qt.TextFormat.PlainText)
        self.number_shown.setFont(_scaled_font(self, 2.4, bold=True))
        self.number_shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number_shown.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.result_note = wrapped_label()
        self.result_badge = QLabel()
        _badge(self.result_badge)
        self.next_button = button()
        self.next_button.setDefault(True)
        theme.set_role(self.next_button, "primary")
        self.next_button.clicked.connect(self.next_number)
        for widget in (self.result_name, self.verdict, self.marks_label, self.legend,
                       self.mistakes_text, self.number_caption, self.number_shown,
                       self.result_note):
            box.addWidget(widget)
        box.addWidget(self.result_badge, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout()
        row.addWidget(self.next_button)
        row.addStretch(1)
        box.addLayout(row)
        box.addStretch(1)
        return page

    def _build_done_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.done_title = heading(scale=1.3)
        self.done_text = wrapped_label()
        self.again_button = button()
        self.again_button.clicked.connect(self.practise_everyone)
        box.addWidget(self.done_title)
        box.addWidget(self.done_text)
        row = QHBoxLayout()
        row.addWidget(self.again_button)
        row.addStretch(1)
        box.addLayout(row)
        box.addStretch(1)
        return page

    def retranslate_ui(self) -> None:
        """Set every visible string (also after a language change)."""
        set_button_text(self.back_button, self.tr("Back to ho&me"))
        # The words of the home button that opens this page, so the two always match.
        set_label_text(self.title, QCoreApplication.translate(
            "Home", "&Numbers to learn by heart").replace("&", ""))
        set_label_text(self.empty_title, self.tr("No numbers to learn yet"))
        set_label_text(self.empty_text, self.tr(
            "Your phone may be taken away from you. Knowing a few numbers by heart helps.\n\n"
            "To choose a number to learn, go to People, open someone who has a phone number, "
            "and tick \u201cI want to know this number by heart\u201d."))
        self.known_badge.setText(self.tr("Known by heart"))
        self.result_badge.setText(self.tr("Known by heart"))
        self.hide_roles.setText(self.tr("Hide roles"))
        self.hide_roles.setAccessibleName(self.tr("Hide roles"))
        set_label_text(self.ask_text, self.tr(
            "Type the number from memory. Spaces and dashes do not matter."))
        self.number_input.setAccessibleName(self.tr("The number, from memory"))
        self.number_input.setPlaceholderText(self.tr("Type the number"))
        set_button_text(self.hint_button, self.tr("Show a hint"))
        set_button_text(self.skip_button, self.tr("&Skip for now"))
        set_button_text(self.done_key, self.tr("&Done"))
        for key, push in self.keys.items():
            push.setAccessibleName(self.tr("Delete") if key == "delete" else key)
        set_label_text(self.legend, self.tr(
            "\u2713 right   \u2260 different digit   ? missing digit   + extra digit"))
        set_button_text(self.next_button, self.tr("&Next"))
        set_label_text(self.look_text, self.tr(
            "A new number to learn. Read it a few times and say it quietly to yourself. "
            "When you are ready, it will be hidden and you can type it from memory."))
        set_button_text(self.ready_button, self.tr("I am &ready, hide it"))
        set_label_text(self.done_title, self.tr("All done for today"))
        set_button_text(self.again_button, self.tr("Practise &all numbers again"))
        self._update_progress()

    # --- showing ---------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        """Catch up with People edits made while this screen was hidden."""
        if not self._started or self._round.finished:
            self._new_round(PracticeRound.due_today(self.session.doc, self._today()))
        else:
            before = self._round.current
            self._round.forget_missing(self.session.doc)
            if self._round.current != before and self.pages.currentIndex() == 1:
                self._show_current()
        super().showEvent(event)

    def _new_round(self, practice_round: PracticeRound) -> None:
        self._round = practice_round
        self._practised = set()
        self._show_current()

    def _show_current(self) -> None:
        self._hint_level = 0
        self.hint_label.clear()
        self.number_input.clear()
        self.look_number.clear()        # the number is never left behind a page being asked
        self.look_number.setAccessibleName("")
        person_id = self._round.current
        if not people_to_learn(self.session.doc):
            self.pages.setCurrentIndex(0)
        elif person_id is None:
            self._show_done()
        elif person_id not in self.session.doc.practice and person_id not in self._looked:
            self._show_number_first(person_id)
        else:
            person = self.session.doc.person(person_id)
            assert person is not None  # forget_missing keeps only existing people
            set_label_text(self.name_label, person.name or self.tr("(no name)"))
            self.known_badge.setVisible(is_known(self.session.doc, person_id))
            self._show_roles()
            self.pages.setCurrentIndex(1)
            self.number_input.setFocus()
        self._update_progress()

    def _show_number_first(self, person_id: str) -> None:
        person = self.session.doc.person(person_id)
        assert person is not None  # forget_missing keeps only existing people
        set_label_text(self.look_name, person.name or self.tr("(no name)"))
        set_label_text(self.look_number, western_digits(person.phone.strip()))
        self.look_number.setAccessibleName(self.look_number.text())
        self.pages.setCurrentIndex(4)
        self.ready_button.setFocus()

    def ready_to_try(self) -> None:
        """Hide the number just shown and ask for it from memory."""
        if self._round.current is not None:
            self._looked.add(self._round.current)
        self._show_current()

    def _show_roles(self) -> None:
        person = self.session.doc.person(self._round.current or "")
        words = role_words(person.roles) if person is not None else ""
        set_label_text(self.role_label, words)
        self.role_label.setVisible(bool(words) and not self.hide_roles.isChecked())

    def _update_progress(self) -> None:
        if self.pages.currentIndex() == 0 or self._round.total == 0:
            self.progress_label.clear()
            return
        # Counts numbers tried, right or not: practising is what counts here.
        set_label_text(self.progress_label, self.tr("Practised today: {done} of {total}").format(
            done=len(self._practised), total=self._round.total))

    def _show_done(self) -> None:
        doc = self.session.doc
        learning = people_to_learn(doc)
        known = sum(is_known(doc, p.id) for p in learning)
        upcoming = [doc.practice[p.id].due for p in learning if p.id in doc.practice]
        lines = []
        if self._practised:
            # "label: %n", so the English needs no plural forms (see _mistakes_words).
            lines.append(self.tr("Numbers practised today: %n", "", len(self._practised)))
            lines.append(self.tr("Each time you practise, they get easier to remember."))
        if known:   # never a "0" that reads like a score
            lines.append(self.tr("Numbers you know by heart: %n", "", known))
        if upcoming:
            days = max(0, (min(upcoming) - self._today()).days)
            lines.append(self.tr("Days until the next practice: %n", "", days) if days
                         else self.tr("You can practise again today."))
        set_label_text(self.done_text, "\n".join(lines))
        self.pages.setCurrentIndex(3)
        self.again_button.setFocus()

    # --- actions -------------------------------------------------------------------------------

    def press_key(self, key: str) -> None:
        """Use an on-screen key: type a digit or "+", or delete the character before the cursor."""
        if key == "delete":
            self.number_input.backspace()
        else:
            self.number_input.insert(key)
        self.number_input.setFocus()

    def show_hint(self) -> None:
        """Reveal a few more of the first digits (never the whole number)."""
        person = self.session.doc.person(self._round.current or "")
        if person is None:
            return
        self._hint_level += 1
        hint = hint_for(person.phone, self._hint_level)
        set_label_text(self.hint_label, self.tr("Hint: {hint}").format(hint=hint))
        self.number_input.setFocus()

    def skip(self) -> None:
        """Leave this number for another time; nothing is recorded."""
        self._round.skip()
        self._show_current()

    def check_answer(self) -> None:
        """Record the typed answer, save the progress and show how it went."""
        person = self.session.doc.person(self._round.current or "")
        typed = self.number_input.text()
        if person is None or not digits_of(typed):
            self.number_input.setFocus()  # nothing typed yet: not an attempt
            return
        self._started = True
        self._practised.add(self._round.current or "")
        result = self._round.answer(self.session.doc, typed, self._today(),
                                    hinted=self._hint_level > 0)
        self.session.changed()
        self.number_input.clear()
        self._show_result(person.name, person.phone, result)

    def next_number(self) -> None:
        """Go on to the next number (or the end of today's practice)."""
        self._show_current()

    def practise_everyone(self) -> None:
        """Start an extra round with every number, due or not."""
        self._new_round(PracticeRound.everyone(self.session.doc))

    def _to_western_digits(self, text: str) -> None:
        western = western_digits(text)
        if western != text:
            cursor = self.number_input.cursorPosition()
            self.number_input.setText(western)
            self.number_input.setCursorPosition(cursor)

    # --- the result page -----------------------------------------------------------------------

    def _show_result(self, name: str, phone: str, result: AttemptResult) -> None:
        set_label_text(self.result_name, name)
        if result.right and result.hinted:
            verdict = self.tr("Right, with a hint. It will come back once more without one.")
        elif result.right:
            verdict = self.tr("That is right.")
        else:
            verdict = self.tr("Not quite. Here is the number. It will come back later.")
        set_label_text(self.verdict, verdict)
        announce(self, verdict)
        wrong = not result.right
        self.marks_label.setText(_marks_html(result.marks) if wrong else "")
        self.marks_label.setAccessibleName(self._mistakes_words(result.marks) if wrong else "")
        set_label_text(self.mistakes_text, self._mistakes_words(result.marks) if wrong else "")
        for widget in (self.marks_label, self.legend, self.mistakes_text):
            widget.setVisible(wrong)
        set_label_text(self.number_caption, self.tr("The number:"))
        # The stored number as the person wrote it, digits kept Western (see the module docstring).
        set_label_text(self.number_shown, western_digits(phone.strip()))
        note = ""
        if result.check.country_code_left_out and result.check.country_code != "1":
            note = self.tr("To call this number from Canada, you also need its country code, "
                           "+{code}.").format(code=result.check.country_code)
        set_label_text(self.result_note, note)
        self.result_note.setVisible(bool(note))
        self.result_badge.setVisible(result.known)
        self.pages.setCurrentIndex(2)
        self.next_button.setFocus()
        self._update_progress()

    def _mistakes_words(self, marks: tuple[DigitMark, ...]) -> str:
        # Counts as "label: %n" so the English needs no plural forms when no translation is loaded.
        count = {kind: sum(m.mark is kind for m in marks) for kind in Mark}
        lines = []
        if count[Mark.WRONG]:
            lines.append(self.tr("Different digits: %n", "", count[Mark.WRONG]))
        if count[Mark.MISSING]:
            lines.append(self.tr("Missing digits: %n", "", count[Mark.MISSING]))
        if count[Mark.EXTRA]:
            lines.append(self.tr("Extra digits: %n", "", count[Mark.EXTRA]))
        return "\n".join(lines)


def _marks_html(marks: tuple[DigitMark, ...]) -> str:
    """The typed digits in soft-coloured cells, each with a text mark beneath it."""
    cells, symbols = [], []
    for mark in marks:
        colour, symbol = _MARK_STYLE[mark.mark]
        digit = mark.typed or "_"
        style = f"background:{colour}; color:{_MARK_TEXT_COLOUR}; padding:4px 8px;"
        if mark.mark is Mark.EXTRA:
            style += " text-decoration:line-through;"
        cells.append(f'<td align="center" style="{style}">{html.escape(digit)}</td>')
        symbols.append(f'<td align="center" style="font-size:small;">{symbol}</td>')
    return ('<table cellspacing="3" align="center"><tr>' + "".join(cells) + "</tr><tr>"
            + "".join(symbols) + "</tr></table>")
