"""Grade files: what they mean, and an error naming the file and line for every kind of bad input."""
import pytest

from grader.errors import GraderError
from grader.grading.inputs import LabOverride, read_exam, read_groups, read_lab_overrides, read_project

ROSTER = {"ann", "bob", "cid"}


def write(tmp_path, text: str, name: str = "input.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_exam_letters_blank_is_missing_and_case_and_spaces_do_not_matter(tmp_path):
    path = write(tmp_path, "student_id,grade\nann, b \nbob,\n\n , \ncid,F\n")  # a spreadsheet's blank row: commas
    assert read_exam(path, ROSTER) == {"ann": "B", "cid": "F"}


def test_excel_byte_order_mark_and_extra_columns_are_fine(tmp_path):
    path = write(tmp_path, "\ufeffname,student_id,grade\nAnn A,ann,A\n")
    assert read_exam(path, ROSTER) == {"ann": "A"}


def test_project_results_are_read_without_regard_to_case(tmp_path):
    path = write(tmp_path, "student_id,result\nann,Excellent\nbob,pass\ncid,fail\n")
    assert read_project(path, ROSTER) == {"ann": "excellent", "bob": "pass", "cid": "fail"}


def test_each_student_gets_the_group_of_their_row(tmp_path):
    path = write(tmp_path, "group,student_id\ng1,ann\ng1,bob\ng2,cid\n")
    assert read_groups(path, ROSTER) == {"ann": "g1", "bob": "g1", "cid": "g2"}


def test_lab_overrides_keep_letter_lateness_and_line(tmp_path):
    path = write(tmp_path, "student_id,lab,grade,late\nann,lab1,B,no\nann,lab2,a,YES\n")
    assert read_lab_overrides(path, ROSTER, ("lab1", "lab2")) == {
        ("ann", "lab1"): LabOverride("B", False, 2), ("ann", "lab2"): LabOverride("A", True, 3)}


@pytest.mark.parametrize("reader, text, message", [
    (read_exam, "student_id,grade\nann,B\nzed,A\n", "input.csv:3: unknown student 'zed'"),
    (read_exam, "student_id,grade\nann,B\nbob,C\nann,A\n", "input.csv:4: student 'ann' again (first on line 2)"),
    (read_exam, "student_id,grade\nann,G\n", "input.csv:2: grade 'G' is not a letter A-F"),
    (read_exam, "student_id,grade\nann,4\n", "input.csv:2: grade '4' is not a letter A-F"),
    (read_exam, "student_id,grade\nann,B,extra\n", "input.csv:2: 3 fields where the header has 2"),
    (read_exam, "student_id,grade\nbob\n", "input.csv:2: 1 fields where the header has 2"),
    (read_exam, "student,grade\nann,B\n", "input.csv:1: the header lacks the column(s) student_id"),
    (read_exam, "student_id,grade\n,B\n", "input.csv:2: no student_id"),
    (read_exam, 'student_id,grade\nann,"B\n', "input.csv:2: malformed CSV"),
    (read_exam, "", "input.csv: empty file"),
    (read_project, "student_id,result\nann,passed\n", "input.csv:2: result 'passed' is not one of fail, pass, excellent"),
    (read_project, "student_id,result\nann,pass\nann,pass\n", "input.csv:3: student 'ann' again"),
    (read_groups, "group,student_id\ng1,ann\ng2,ann\n", "input.csv:3: student 'ann' again"),
    (read_groups, "group,student_id\n,ann\n", "input.csv:2: no group given"),
    (read_groups, "group,student_id\ng1,zed\n", "input.csv:2: unknown student 'zed'"),
])
def test_bad_input_names_file_and_line(tmp_path, reader, text, message):
    with pytest.raises(GraderError) as error:
        reader(write(tmp_path, text), ROSTER)
    assert message in str(error.value)
    assert str(tmp_path) in str(error.value)


@pytest.mark.parametrize("text, message", [
    ("student_id,lab,grade,late\nann,lab3,B,no\n", "input.csv:2: lab 'lab3' is not one of lab1, lab2"),
    ("student_id,lab,grade,late\nann,lab1,B,maybe\n", "input.csv:2: late 'maybe' must be yes or no"),
    ("student_id,lab,grade,late\nann,lab1,,no\n", "input.csv:2: grade '' is not a letter A-F"),
    ("student_id,lab,grade,late\nann,lab1,B,no\nann,lab1,C,no\n", "input.csv:3: ann lab1 again (first on line 2)"),
    ("student_id,lab,grade,late\nzed,lab1,B,no\n", "input.csv:2: unknown student 'zed'"),
])
def test_bad_lab_override_names_file_and_line(tmp_path, text, message):
    with pytest.raises(GraderError) as error:
        read_lab_overrides(write(tmp_path, text), ROSTER, ("lab1", "lab2"))
    assert message in str(error.value)


def test_file_that_is_not_utf8_is_named(tmp_path):
    path = tmp_path / "exam.csv"
    path.write_bytes("student_id,grade\nåsa,B\n".encode("latin-1"))
    with pytest.raises(GraderError, match="exam.csv: not UTF-8"):
        read_exam(path, ROSTER)


def test_missing_file_is_named(tmp_path):
    with pytest.raises(GraderError, match="nowhere.csv"):
        read_exam(tmp_path / "nowhere.csv", ROSTER)
