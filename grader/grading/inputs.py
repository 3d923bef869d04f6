"""The instructor's grade files (grades/*.csv), read and checked before anything is graded.

Each file is UTF-8 CSV with a header row naming at least the columns it needs (others are ignored,
so a spreadsheet's extra columns do no harm; a byte-order mark from Excel is fine). Every problem is
a GraderError naming the file and line: a row whose field count differs from the header, a student
the gradebook does not know, a student twice, a letter outside A-F, a result outside
pass/fail/excellent. Values are matched without regard to case or surrounding spaces.
"""
import csv
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from pathlib import Path

from grader.errors import GraderError
from grader.grading.final_grade import PROJECT_RESULTS
from grader.grading.policy import GRADE_LETTERS


@dataclass(frozen=True)
class LabOverride:
    """A lab letter given outside the gradebook (an oral presentation), from grades/labs.csv."""
    letter: str
    late: bool
    line: int


def read_rows(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) for each non-blank row, with the values of ``columns`` stripped."""
    try:
        with path.open(newline="", encoding="utf-8-sig") as f:
            reader = csv.reader(f, strict=True)
            header = None
            for fields in reader:
                if not "".join(fields).strip():  # a blank row
                    continue
                if header is None:
                    header = [name.strip() for name in fields]
                    lacking = [c for c in columns if c not in header]
                    if lacking:
                        raise GraderError(f"{path}:{reader.line_num}: the header lacks the column(s) "
                                          f"{', '.join(lacking)} (expected {','.join(columns)})")
                    if len(set(header)) < len(header):
                        raise GraderError(f"{path}:{reader.line_num}: the header names a column twice")
                    positions = [(c, header.index(c)) for c in columns]
                    continue
                if len(fields) != len(header):
                    raise GraderError(f"{path}:{reader.line_num}: {len(fields)} fields where the header has {len(header)}")
                yield reader.line_num, {c: fields[i].strip() for c, i in positions}
            if header is None:
                raise GraderError(f"{path}: empty file (expected the header {','.join(columns)})")
    except csv.Error as error:
        raise GraderError(f"{path}:{reader.line_num}: malformed CSV: {error}") from error
    except UnicodeDecodeError as error:
        raise GraderError(f"{path}: not UTF-8 text ({error.reason} at byte {error.start})") from error
    except OSError as error:
        raise GraderError(f"{path}: {error.strerror or error}") from error


def read_exam(path: Path, roster: Collection[str]) -> dict[str, str]:
    """``student_id,grade``: each student's exam letter; a blank grade (or no row) is a missing exam."""
    return _one_of(path, roster, "grade", GRADE_LETTERS, str.upper, "is not a letter A-F")


def read_project(path: Path, roster: Collection[str]) -> dict[str, str]:
    """``student_id,result``: pass, fail or excellent; a blank result (or no row) is a missing project."""
    return _one_of(path, roster, "result", PROJECT_RESULTS, str.lower, f"is not one of {', '.join(PROJECT_RESULTS)}")


def _one_of(path: Path, roster: Collection[str], column: str, allowed: Collection[str], normalize,
            complaint: str) -> dict[str, str]:
    """Each student's value of ``column``, normalized and one of ``allowed``; blank values are left out."""
    values = {}
    for line, student, row in _student_rows(path, ("student_id", column), roster):
        value = normalize(row[column])
        if value and value not in allowed:
            raise GraderError(f"{path}:{line}: {column} {row[column]!r} {complaint}")
        if value:
            values[student] = value
    return values


def read_groups(path: Path, roster: Collection[str]) -> dict[str, str]:
    """``group,student_id``: each student's lab group (a student is in one group at most)."""
    groups = {}
    for line, student, row in _student_rows(path, ("group", "student_id"), roster):
        if not row["group"]:
            raise GraderError(f"{path}:{line}: no group given for {student!r}")
        groups[student] = row["group"]
    return groups


def read_lab_overrides(path: Path, roster: Collection[str], labs: Collection[str]) -> dict[tuple[str, str], LabOverride]:
    """``student_id,lab,grade,late``: lab letters that replace the gradebook's (late is yes or no)."""
    overrides = {}
    for line, row in read_rows(path, ("student_id", "lab", "grade", "late")):
        student = _known_student(path, line, row["student_id"], roster)
        if row["lab"] not in labs:
            raise GraderError(f"{path}:{line}: lab {row['lab']!r} is not one of {', '.join(labs)}")
        letter, late = row["grade"].upper(), row["late"].lower()
        if letter not in GRADE_LETTERS:
            raise GraderError(f"{path}:{line}: grade {row['grade']!r} is not a letter A-F")
        if late not in ("yes", "no"):
            raise GraderError(f"{path}:{line}: late {row['late']!r} must be yes or no")
        key = (student, row["lab"])
        if key in overrides:
            raise GraderError(f"{path}:{line}: {student} {row['lab']} again (first on line {overrides[key].line})")
        overrides[key] = LabOverride(letter, late == "yes", line)
    return overrides


def _student_rows(path: Path, columns: tuple[str, ...], roster: Collection[str]) -> Iterator[tuple[int, str, dict[str, str]]]:
    """Rows with a known student id, each student once."""
    seen: dict[str, int] = {}
    for line, row in read_rows(path, columns):
        student = _known_student(path, line, row["student_id"], roster)
        if student in seen:
            raise GraderError(f"{path}:{line}: student {student!r} again (first on line {seen[student]})")
        seen[student] = line
        yield line, student, row


def _known_student(path: Path, line: int, student: str, roster: Collection[str]) -> str:
    if not student:
        raise GraderError(f"{path}:{line}: no student_id")
    if student not in roster:
        raise GraderError(f"{path}:{line}: unknown student {student!r} (not in the gradebook; "
                          f"add students with `nbgrader db student import`)")
    return student
