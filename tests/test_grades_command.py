"""`grader grades` end to end on gradebooks built with nbgrader's API: lab letters, groups, provisional
grades, overrides, the reports (CSV, Canvas, self-contained HTML), and bad input leaving reports alone."""
import base64
import csv
import os
import re
import shutil
import stat

import pytest
from nbgrader.api import Gradebook

from grader.cli import main
from grader.course.nbgrader_apps import run_nbgrader
from grader.demo.synthetic_grades import PARTNER, write_synthetic_grades
from grader.errors import ExitStatus, GraderError
from grader.gradebook import gradebook_url, read_lab_results
from grader.grading.command import grade_course, write_reports
from grader.grading.html_report import report_html
from grader.grading.item_analysis import ItemStatistics
from grader.grading.policy import load_policy
from grader.grading.reports import write_atomically
from grader.questions import parse_grade_id

from .conftest import ROOT
from .grading_gradebook import LATE, make_gradebook, submit

pytestmark = pytest.mark.slow

STUDENTS = ["ann", "bob", "cid", "dan", "eve"]


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return make_gradebook(tmp_path_factory.mktemp("template"), STUDENTS, lms_ids={"ann": "9001"})


@pytest.fixture
def course(tmp_path, template):
    """A course with the template's gradebook: two labs shaped like grading_gradebook.LAB, no submissions."""
    shutil.copy(ROOT / "grading.toml", tmp_path)
    shutil.copy(template / "gradebook.db", tmp_path)
    (tmp_path / "grades").mkdir()
    return tmp_path


def grades_file(course, name: str, text: str) -> None:
    (course / "grades" / f"{name}.csv").write_text(text)


def everyone_passes_exam_and_project(course, students=STUDENTS):
    grades_file(course, "exam", "student_id,grade\n" + "".join(f"{s},B\n" for s in students))
    grades_file(course, "project", "student_id,result\n" + "".join(f"{s},pass\n" for s in students))


def rows(path) -> dict[str, dict[str, str]]:
    with path.open(newline="") as f:
        return {row["student_id"]: row for row in csv.DictReader(f)}


def graded(course) -> dict:
    return {g.student.id: g for g in grade_course(course).grades}


def test_lab_letters_follow_the_tier_rule_from_the_gradebook(course):
    submit(course, "lab1", "ann")
    submit(course, "lab1", "bob", wrong={"advanced-e"})
    submit(course, "lab1", "cid", wrong={"basic-b-why"})                 # a manual part of basic-b is wrong
    submit(course, "lab1", "dan", wrong={"basic-a", "basic-b", "advanced-e", "advanced-f"})
    submit(course, "lab1", "eve", wrong={"basic-a", "basic-b", "basic-c"})
    letters = {s: g.grade.labs["lab1"] for s, g in graded(course).items()}
    assert letters == {"ann": "A", "bob": "B", "cid": "D", "dan": "D", "eve": "E"}


def test_late_submission_is_lowered_one_level(course):
    submit(course, "lab1", "ann", timestamp=LATE)
    result = graded(course)["ann"].grade
    assert result.labs["lab1"] == "B"
    assert "lab1 late: A->B" in result.notes


def test_extension_granted_in_nbgrader_is_not_late(course):
    submit(course, "lab1", "ann", timestamp=LATE)
    with Gradebook(gradebook_url(course)) as gb:
        gb.grant_extension("lab1", "ann", hours=2)
    assert graded(course)["ann"].grade.labs["lab1"] == "A"


def test_lateness_is_nbgraders(course):
    submit(course, "lab1", "ann")
    submit(course, "lab1", "bob", timestamp=LATE)
    submit(course, "lab1", "cid", timestamp=LATE)
    with Gradebook(gradebook_url(course)) as gb:
        gb.grant_extension("lab1", "cid", minutes=10)
        expected = {s.student_id: s.total_seconds_late for s in gb.assignment_submissions("lab1")}
    seconds = {s: sub.seconds_late for s, sub in read_lab_results(course, ["lab1"])[0]["lab1"].submissions.items()}
    assert seconds == expected == {"ann": 0, "bob": 31 * 60, "cid": 21 * 60}


def test_group_member_gets_group_grade(course):
    grades_file(course, "groups", "group,student_id\ng1,ann\ng1,bob\n")
    submit(course, "lab1", "ann", wrong={"advanced-e"}, timestamp=LATE)
    result = graded(course)["bob"].grade
    assert result.labs["lab1"] == "C"                                     # the group's B, late
    assert "lab1 from group g1 (ann's submission)" in result.notes
    assert graded(course)["cid"].grade.labs["lab1"] is None                # not in the group


def test_group_with_two_submissions_credits_the_best_to_a_member_without_one(course):
    grades_file(course, "groups", "group,student_id\ng1,ann\ng1,bob\ng1,cid\n")
    submit(course, "lab1", "ann", wrong={"advanced-e"})
    submit(course, "lab1", "bob")
    result = graded(course)
    assert result["cid"].grade.labs["lab1"] == "A"
    assert "lab1 from group g1 (bob's submission, the best of ann, bob)" in result["cid"].grade.notes
    assert result["ann"].grade.labs["lab1"] == "B"                         # own submission counts


def test_ungraded_manual_answer_makes_the_letter_provisional(course):
    everyone_passes_exam_and_project(course)
    submit(course, "lab1", "ann", ungraded={"basic-b-why"})
    submit(course, "lab2", "ann")
    result = graded(course)["ann"].grade
    assert result.labs["lab1"] == "D"                                      # basic-b counts as not answered yet
    assert (result.status, result.final) == ("incomplete", None)
    assert "lab1 provisional: 1 question awaiting manual grading (counted as not answered)" in result.notes
    assert "final at least B once lab1 is graded" in result.notes         # (8 + 2 + 5) / 4 = 3.75 rounds up


def test_graded_manual_answer_counts(course):
    everyone_passes_exam_and_project(course)
    submit(course, "lab1", "ann")
    submit(course, "lab2", "ann", wrong={"advanced-f"}, timestamp=LATE)
    row = rows(write_reports(course)[0][0])["ann"]
    assert (row["lab1"], row["lab2"], row["average"], row["final"], row["status"]) == ("A", "C", "4.00", "B", "pass")
    assert row["notes"] == "lab2 late: B->C; average 4.00: B"                # (8 + 5 + 3) / 4


def test_labs_csv_overrides_the_gradebook(course):
    submit(course, "lab1", "ann")
    grades_file(course, "labs", "student_id,lab,grade,late\nann,lab1,C,yes\nbob,lab2,B,no\n")
    result = graded(course)
    assert result["ann"].grade.labs["lab1"] == "D"
    assert "lab1 C from grades/labs.csv line 2" in result["ann"].grade.notes
    assert result["bob"].grade.labs["lab2"] == "B"


def test_question_in_two_notebooks_needs_both(tmp_path):
    shutil.copy(ROOT / "grading.toml", tmp_path)
    lab = {"nb1": [("basic-a-one", "code", 1)], "nb2": [("basic-a-two", "code", 1), ("basic-b", "code", 1)]}
    make_gradebook(tmp_path, ["ann"], labs={"lab1": lab, "lab2": lab})
    submit(tmp_path, "lab1", "ann", wrong={"basic-a-two"})
    assert graded(tmp_path)["ann"].grade.labs["lab1"] == "D"               # 1 of 2 basic questions


def test_reports_are_written(course):
    everyone_passes_exam_and_project(course)
    for student in STUDENTS[:3]:
        submit(course, "lab1", student)
        submit(course, "lab2", student, wrong={"basic-a"})
    paths, result = write_reports(course)
    assert [p.name for p in paths] == ["final_grades.csv", "canvas_grades.csv", "question_scores.csv", "questions.csv",
                                       "report.html"]
    final = rows(course / "reports" / "final_grades.csv")
    assert list(next(iter(final.values()))) == ["student_id", "exam", "lab1", "lab2", "project", "average", "final",
                                                 "status", "notes"]
    assert final["ann"]["final"] == "B" and final["ann"]["status"] == "pass"      # (8 + 5 + 2) / 4 = 3.75
    assert final["eve"]["status"] == "incomplete" and final["eve"]["notes"] == "incomplete: missing lab1, lab2"
    assert not list((course / "reports").glob(".*"))                        # no temporary files left


def test_canvas_csv_has_canvas_columns_and_ids(course):
    everyone_passes_exam_and_project(course)
    submit(course, "lab1", "ann")
    submit(course, "lab2", "ann")
    write_reports(course, canvas_column="Final grade (4711)")
    with (course / "reports" / "canvas_grades.csv").open(newline="") as f:
        table = list(csv.reader(f))
    assert table[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "Final grade (4711)"]
    by_login = {row[3]: row for row in table[1:]}
    assert by_login["ann"] == ["ann", "9001", "", "ann", "", "B"]           # (8 + 5 + 5) / 4 = 4.5 -> B
    assert by_login["bob"][5] == ""                                         # incomplete: leaves Canvas unchanged


def test_report_html_is_self_contained_with_embedded_plots(course):
    everyone_passes_exam_and_project(course)
    submit(course, "lab1", "ann")
    submit(course, "lab1", "bob", wrong={"advanced-e"})
    write_reports(course)
    page = (course / "reports" / "report.html").read_text()
    sources = re.findall(r"src='([^']*)'", page)
    rest = re.sub(r"data:image/svg\+xml;base64,[A-Za-z0-9+/=]+", "", page)
    assert not re.search(r"https?:|//|url\(|href=|<script|<link", rest)
    # one plot, lab1's item analysis; the bar charts are tables: final grade and status, the exam, both labs
    # and the project, and a pass-rate chart per notebook of lab1
    assert len(sources) == 1 and all(s.startswith("data:image/svg+xml;base64,") for s in sources)
    [plot] = [base64.b64decode(s.split(",", 1)[1]).decode() for s in sources]
    assert "<svg" in plot and ">discrimination (point-biserial)</text>" in plot  # text kept as text
    assert not re.search(r"(href|src)=.(?!#)|url\((?!#)", plot)  # it refers to nothing outside itself
    assert page.count("<table class='bars'") == 2 + 4 + 2
    assert re.search(r"<th scope='row'>advanced-e</th><td class='bar'><span style='width:50.0%[^>]*></span></td>"
                     r"<td>50% \(1\)</td>", page)  # bob missed it
    assert "lab2: no submissions in the gradebook" in page
    assert "lab1 / nb2 (2 submissions)" in page


def test_bad_input_leaves_the_reports_untouched(course):
    everyone_passes_exam_and_project(course)
    write_reports(course)
    before = {p.name: p.read_bytes() for p in (course / "reports").iterdir()}
    grades_file(course, "exam", "student_id,grade\nann,B\nann,C\n")
    with pytest.raises(GraderError, match=r"exam.csv:3: student 'ann' again"):
        write_reports(course)
    assert {p.name: p.read_bytes() for p in (course / "reports").iterdir()} == before


def test_failed_write_leaves_old_files_and_no_temporaries(tmp_path):
    (tmp_path / "a.csv").write_text("old a")
    (tmp_path / "b.csv").write_text("old b")
    with pytest.raises(TypeError):
        write_atomically({tmp_path / "a.csv": "new a", tmp_path / "b.csv": 42})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv", "b.csv"]
    assert (tmp_path / "a.csv").read_text() == "old a"


def test_text_bytes_and_text_in_blocks_are_written_as_given(tmp_path):
    write_atomically({tmp_path / "a.csv": "\u00e9t\u00e9\n", tmp_path / "b.bin": b"\x00\xff",
                      tmp_path / "c.csv": ["head\n", "z\u00f6e,1\n", "", "bob,2\n"]})
    assert (tmp_path / "a.csv").read_bytes() == "\u00e9t\u00e9\n".encode()
    assert (tmp_path / "b.bin").read_bytes() == b"\x00\xff"
    assert (tmp_path / "c.csv").read_bytes() == "head\nz\u00f6e,1\nbob,2\n".encode()


def test_reports_get_the_permissions_open_would_give(tmp_path):
    """A teaching assistant in the instructor's group reads the reports: not private like a temporary file."""
    old = os.umask(0o027)
    try:
        write_atomically({tmp_path / "a.csv": "a"})
        (tmp_path / "by_open.csv").write_text("b")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a.csv").stat().st_mode) == stat.S_IMODE((tmp_path / "by_open.csv").stat().st_mode) == 0o640


def test_writing_leaves_the_umask_alone(tmp_path, monkeypatch):
    """Reading the umask means setting it, for every thread of the process: other threads' files would be unprotected."""
    def umask(mask):
        raise AssertionError(f"os.umask({mask:o}) called")
    monkeypatch.setattr(os, "umask", umask)
    write_atomically({tmp_path / "a.csv": "a"})
    assert (tmp_path / "a.csv").read_text() == "a"


def test_missing_default_files_read_as_empty_but_a_named_file_must_exist(course):
    result = grade_course(course)
    assert any("exam.csv not found" in n for n in result.notices)
    assert all(g.grade.status == "incomplete" for g in result.grades)
    with pytest.raises(GraderError, match="nowhere.csv"):
        grade_course(course, exam=course / "nowhere.csv")


def test_command_line_reports_bad_input_as_an_input_error(course, capsys):
    grades_file(course, "project", "student_id,result\nann,great\n")
    assert main(["grades", "--course-dir", str(course)]) == ExitStatus.INPUT
    assert "project.csv:2: result 'great' is not one of fail, pass, excellent" in capsys.readouterr().err
    assert not (course / "reports").exists()


def test_command_line_writes_reports_where_asked(course, tmp_path, capsys):
    everyone_passes_exam_and_project(course)
    assert main(["grades", "--course-dir", str(course), "--out", str(tmp_path / "out")]) == 0
    output = capsys.readouterr().out
    assert "graded 5 students" in output and f"wrote {tmp_path / 'out' / 'report.html'}" in output
    assert (tmp_path / "out" / "canvas_grades.csv").exists()


def test_synthetic_grades_import_and_cover_every_case(course):
    for student in STUDENTS:
        submit(course, "lab1", student)
        submit(course, "lab2", student, wrong={"advanced-e"})
    paths = write_synthetic_grades(course, STUDENTS + ["fay"])
    run_nbgrader(course, "db", "student", "import", str(course / "grades" / "roster.csv"))
    result = graded(course)
    assert {p.name for p in paths} == {"roster.csv", "exam.csv", "project.csv", "groups.csv", "labs.csv"}
    assert result[PARTNER].grade.labs["lab1"] == "A"                        # the first student's group
    assert result["ann"].student.lms_user_id
    assert {g.grade.status for g in result.values()} == {"pass", "fail", "incomplete"}


def test_question_scores_match_the_gradebook_row_for_row(course):
    """Also where a row is not at full points the other way (extra credit), where a cell has no row
    for a submission (a cell added after grading), and for a task cell (its full points are not looked
    up): rows at full points are implied, not fetched."""
    with Gradebook(gradebook_url(course)) as gb:
        gb.add_task_cell("basic-g", "nb1", "lab1", max_score=2, cell_type="markdown")
    submit(course, "lab1", "ann")
    submit(course, "lab1", "bob", wrong={"basic-a", "advanced-e", "basic-g"})
    submit(course, "lab1", "cid", ungraded={"basic-b-why"})
    submit(course, "lab1", "dan")
    submit(course, "lab1", "eve")
    with Gradebook(gradebook_url(course)) as gb:
        gb.find_grade("basic-b", "nb1", "lab1", "dan").auto_score = 1.5           # partial credit
        gb.find_grade("advanced-e", "nb2", "lab1", "dan").extra_credit = 1        # above full points
        gb.db.delete(gb.find_grade("basic-c", "nb2", "lab1", "eve"))              # no row at all
        gb.db.commit()
    write_reports(course)
    expected = {}
    with Gradebook(gradebook_url(course)) as gb:  # nbgrader's own objects, summed by question
        for submission in gb.assignment_submissions("lab1"):
            for notebook in submission.notebooks:
                for grade in notebook.grades:
                    key = (submission.student_id, "lab1", notebook.name, parse_grade_id(grade.name).key)
                    total = expected.setdefault(key, [0.0, 0.0, False])
                    total[0] += grade.score
                    total[1] += grade.max_score
                    total[2] |= grade.needs_manual_grade
    with (course / "reports" / "question_scores.csv").open() as f:
        written = list(csv.DictReader(f))
    assert len(written) == len(expected)
    for row in written:
        score, maximum, manual = expected[(row["student_id"], row["lab"], row["notebook"], row["question"])]
        assert (float(row["score"]), float(row["max_score"])) == (score, maximum)
        assert row["status"] == ("needs manual grading" if manual else "full" if score >= maximum else
                                 "zero" if score == 0 else "partial")
        assert row["tier"] == row["question"].split("-")[0]
    by_key = {(r["student_id"], r["question"]): r for r in written}
    assert by_key[("bob", "basic-a")]["status"] == "zero" and by_key[("cid", "basic-b")]["status"] == "needs manual grading"
    assert by_key[("ann", "basic-b")]["status"] == "full" and by_key[("dan", "basic-b")]["status"] == "partial"
    assert by_key[("dan", "advanced-e")]["score"] == "4" and ("eve", "basic-c") not in by_key
    assert by_key[("bob", "basic-g")]["status"] == "zero" and by_key[("ann", "basic-g")]["status"] == "full"


def test_the_questions_that_need_a_look_are_named_on_the_plot_and_listed_below_it():
    """Flagged questions and those below 0.2 discrimination (or with none) are named on the plot and
    listed in a table, the least discriminating first, each with why; those that work are neither."""
    def item(question, share_full, point_biserial):
        return ItemStatistics("lab1", "nb", question, "basic", 100, 1.0, share_full, share_full, point_biserial,
                              0.1, (share_full,) * 5)
    items = [item("basic-works", 0.6, 0.45), item("basic-weak", 0.5, 0.1), item("basic-backwards", 0.5, -0.3),
             item("basic-trivial", 1.0, None), item("basic-flat", 0.5, None), item("basic-borderline", 0.5, 0.2)]
    page = report_html([], {}, load_policy(ROOT / "grading.toml"), items=items)
    [plot] = [base64.b64decode(s).decode() for s in re.findall(r"data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)", page)]
    named = set(re.findall(r">(works|weak|backwards|trivial|flat|borderline)</text>", plot))
    assert named == {"weak", "backwards", "trivial", "flat"}
    listed = re.findall(r"<tr><td>nb</td><td>basic-(\w+)</td><td>\d+%</td><td>[-.\d]*</td><td>([^<]+)</td></tr>", page)
    assert listed == [("flat", "discrimination undefined: the rest of the lab&#x27;s score is alike for everyone"),
                      ("trivial", "everybody gets full marks"), ("backwards", "discriminates negatively"),
                      ("weak", "discriminates weakly (below 0.2)")]


def test_question_scores_are_sorted_by_lab_student_notebook_and_question(course):
    for lab, student in (("lab2", "eve"), ("lab1", "dan"), ("lab2", "ann"), ("lab1", "bob"), ("lab2", "cid"),
                         ("lab1", "ann"), ("lab2", "dan"), ("lab1", "eve")):  # handed in out of order
        submit(course, lab, student, wrong={"basic-a"} if student in ("ann", "eve") else set())
    write_reports(course)
    with (course / "reports" / "question_scores.csv").open() as f:
        keys = [(r["lab"], r["student_id"], r["notebook"], r["question"]) for r in csv.DictReader(f)]
    assert len(keys) == 8 * 6 and keys == sorted(keys)


def test_questions_csv_has_the_item_analysis_of_every_question(course):
    for student, wrong in (("ann", set()), ("bob", {"basic-a"}), ("cid", {"basic-a", "advanced-e"}), ("dan", {"advanced-f"})):
        submit(course, "lab1", student, wrong=wrong)
    write_reports(course)
    with (course / "reports" / "questions.csv").open() as f:
        items = {(r["notebook"], r["question"]): r for r in csv.DictReader(f)}
    assert set(items) == {("nb1", "basic-a"), ("nb1", "basic-b"), ("nb2", "basic-c"), ("nb2", "basic-d"),
                          ("nb2", "advanced-e"), ("nb2", "advanced-f")}
    assert items[("nb1", "basic-a")]["share_full"] == "0.500" and items[("nb2", "basic-c")]["flag"] == \
        "everybody gets full marks"
    assert "Item analysis: which questions work" in (course / "reports" / "report.html").read_text()
