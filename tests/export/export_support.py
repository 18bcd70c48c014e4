"""Helpers for the printing tests: sample plans in many scripts, poppler wrappers, a translator."""

from __future__ import annotations

import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QGuiApplication

from saferplan.forms import Form, load_all_forms
from saferplan.model import Answer, Document, Person, Plan, PlanDocument

#: Names, a document place, medication and a free answer written in each script under test.
SAMPLES: dict[str, dict[str, object]] = {
    "en": {"names": ["Lan", "Grace Okafor", "Rosa", "Mei", "Tom"],
           "where": "Blue box, top shelf", "medication": "Asthma inhaler, twice a day",
           "language": "English", "wish": "Stay in Canada and finish my studies."},
    "vi": {"names": ["Nguyễn Thị Lan", "Trần Văn Minh", "Phạm Thu Hà", "Lê Hoàng", "Đặng Quý"],
           "where": "Hộp màu xanh, kệ trên cùng", "medication": "Thuốc hen suyễn, hai lần mỗi ngày",
           "language": "Tiếng Việt, cần phiên dịch", "wish": "Ở lại Canada và học xong."},
    "zh_Hans": {"names": ["王小明", "李美玲", "张伟", "刘洋", "陈静"],
                "where": "蓝色盒子，最上层", "medication": "哮喘吸入器，每天两次",
                "language": "普通话，需要翻译", "wish": "留在加拿大，完成学业。"},
    "zh_Hant": {"names": ["陳美玲", "張志強", "林怡君", "黃家豪", "吳淑芬"],
                "where": "藍色盒子，最上層", "medication": "氣喘吸入器，每天兩次",
                "language": "廣東話，需要傳譯", "wish": "留在加拿大，完成學業。"},
    "th": {"names": ["สมชาย", "มาลี", "สมศรี", "ประยุทธ", "วิไล"],
           "where": "กล่องสีฟ้า", "medication": "ยาพ่นหอบหืด", "language": "ภาษาไทย",
           "wish": "อยากเรียนให้จบ"},
    "km": {"names": ["សុខា", "ចាន់ធី", "ស្រីពៅ", "វណ្ណា", "ដារ៉ា"],
           "where": "ប្រអប់ពណ៌ខៀវ", "medication": "ថ្នាំហឺត", "language": "ភាសាខ្មែរ",
           "wish": "ខ្ញុំចង់រៀនចប់"},
    "lo": {"names": ["ບຸນມີ", "ສົມພອນ", "ຄໍາຫຼ້າ", "ນາລີ", "ວັນນາ"],
           "where": "ກ່ອງສີຟ້າ", "medication": "ຢາຫອບຫືດ", "language": "ພາສາລາວ",
           "wish": "ຢາກຮຽນໃຫ້ຈົບ"},
    "ko": {"names": ["김민지", "이서연", "박지훈", "최수아", "정하늘"],
           "where": "파란 상자, 맨 위 선반", "medication": "천식 흡입기, 하루 두 번",
           "language": "한국어, 통역 필요", "wish": "캐나다에 남아 공부를 마치고 싶어요."},
    "ar": {"names": ["فاطمة", "محمد", "ليلى", "يوسف", "مريم"],
           "where": "الصندوق الأزرق", "medication": "بخاخ الربو مرتين يوميا",
           "language": "العربية، أحتاج مترجما", "wish": "أريد أن أكمل دراستي."},
}
ROLES = (["bond_person", "key_holder"], ["lawyer_immigration"], ["support_worker"],
         ["carer_children"], ["legal_clinic"])


def phone(index: int) -> str:
    return f"+1 416 555 01{index:02d}"


@pytest.fixture(scope="session")
def forms() -> dict[str, Form]:
    return load_all_forms()


def make_doc(language: str, forms: dict[str, Form]) -> PlanDocument:
    """A plan with people, a document and two plans whose answers are written in ``language``."""
    sample = SAMPLES[language]
    names = sample["names"]
    assert isinstance(names, list)
    people = [Person(f"p{i}", name, phone(i), list(ROLES[i]), memorize=i < 2)
              for i, name in enumerate(names)]
    documents = [Document("d1", "Passport", str(sample["where"]), copy_with="p0")]
    release, safety = forms["release_plan"], forms["safety_plan"]
    rights = release.question("r_rights")
    transport = safety.question("s_transport")
    assert rights is not None and transport is not None
    plans = [
        Plan("r1", "release_plan", "", {
            "r_bond_person": Answer("answered", ["p0"]),
            "r_lawyer": Answer("answered", ["p1"]),
            "r_medication": Answer("answered", str(sample["medication"])),
            "r_interpreter": Answer("answered", str(sample["language"])),
            "r_wishes": Answer("answered", str(sample["wish"])),
            "r_rights": Answer("answered", rights.options[0].id),
            "r_talked_plan": Answer("answered", "not_sure"),
            "r_documents": Answer("answered", ["d1"]),
            "r_frozen_account": Answer("later"),
            "r_care_others": Answer("skipped"),
            "r_hearing_talk": Answer("not_applicable"),
        }),
        Plan("s1", "safety_plan", "", {
            "s_goal": Answer("answered", str(sample["wish"])),
            "s_transport": Answer("answered", [o.id for o in transport.options[:2]]),
            "s_helpers": Answer("answered", ["p2"]),
            "s_savings": Answer("later"),
        }),
    ]
    return PlanDocument(language, people, documents, plans)


def run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def pdf_text(path: Path, password: str | None = None) -> str:
    """pdftotext output, NFKC-normalised (CJK radicals, Arabic forms), without bidi marks."""
    extra = ["-upw", password] if password else []
    text = run("pdftotext", *extra, str(path), "-")
    text = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def pdf_info(path: Path, password: str | None = None) -> dict[str, str]:
    extra = ["-upw", password] if password else []
    info = {}
    for line in run("pdfinfo", *extra, str(path)).splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


class DictTranslator(QTranslator):
    """A translator from a dict, standing in for a compiled .qm file."""

    def __init__(self, table: dict[str, str]) -> None:
        super().__init__()
        self.table = table

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return self.table.get(source)  # type: ignore[return-value]  # None: not translated

    def isEmpty(self) -> bool:
        return False


LABELS = {
    "vi": {"Bond person": "Người bảo lãnh", "Contacts": "Danh bạ",
           "In an emergency, please contact": "Khi khẩn cấp, xin liên hệ",
           "Medication and medical needs": "Thuốc và nhu cầu y tế",
           "Immigration lawyer": "Luật sư di trú", "Support worker": "Nhân viên hỗ trợ",
           "My plan": "Kế hoạch của tôi", "Page {page} of {count}": "Trang {page} / {count}"},
    "km": {"Bond person": "អ្នកធានា", "Contacts": "ទំនាក់ទំនង",
           "In an emergency, please contact": "ពេលមានអាសន្ន សូមទាក់ទង",
           "My plan": "ផែនការរបស់ខ្ញុំ"},
    "zh_Hans": {"Bond person": "保释担保人", "Contacts": "联系人",
                "In an emergency, please contact": "紧急情况请联系",
                "Medication and medical needs": "药物和医疗需要", "My plan": "我的计划",
                "Page {page} of {count}": "第 {page} 页，共 {count} 页"},
    "ar": {"Bond person": "الكفيل", "Contacts": "جهات الاتصال",
           "In an emergency, please contact": "في حالة الطوارئ، يرجى الاتصال"},
}


@pytest.fixture
def translated(qapp: QGuiApplication) -> Iterator[object]:
    """Install a small translator for a language; yields an installer function."""
    installed: list[QTranslator] = []

    def install(language: str) -> None:
        translator = DictTranslator(LABELS.get(language, {}))
        QCoreApplication.installTranslator(translator)
        installed.append(translator)

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
