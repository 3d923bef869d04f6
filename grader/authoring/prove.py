"""`grader prove`: show that a lab's autograder tests grade right, with real `nbgrader autograde`.

In a temporary course, the lab is released and three kinds of submission are autograded together:
the source notebooks as they are (must get full marks on every autograded cell), the untouched
release (must get zero on every autograded cell), submissions built from the wrong answers in
tests/wrong_answers/ (each must lose its question's marks; one submission carries one wrong answer
per question, see grader.authoring.answers.rounds, or with ``each`` just one, so that no wrong answer can
hide a weak test of another question by breaking it) and from the right answers in
tests/right_answers/ (other correct ways to answer: each must get full marks).
"""
import logging
import shutil
import tempfile
import time
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import nbformat

from grader.authoring.mutants import (
    EQUIVALENT_FILE,
    KILL_BAR,
    QuestionResult,
    cell_names,
    format_mutant_table,
    load_equivalent,
    mutant_rounds,
    notebook_mutants,
)
from grader.authoring.answers import RIGHT, WRONG, Answer, apply_answers, load_answers, rounds
from grader.autograde.command import autograde
from grader.autograde.executors import LocalExecutor
from grader.course.layout import labs, source_notebooks, write_submission
from grader.course.nbgrader_apps import run_nbgrader
from grader.errors import ExitStatus, GraderError
from grader.gradebook import CellScore, cell_scores
from grader.grading.reports import write_atomically
from grader.questions import parse_grade_id

SOLUTION = "solution"
RELEASE = "release"
MIN_WRONG_ANSWERS = 2
log = logging.getLogger(__name__)


def question_of(grade_id: str) -> str:
    """The question a graded cell belongs to; a malformed id (reported separately) is its own question."""
    try:
        return parse_grade_id(grade_id).key
    except ValueError:
        return grade_id


@dataclass
class Proof:
    lab: str
    notebooks: list[str]
    scores: list[CellScore]
    wrong_submissions: dict[str, list[Answer]]
    right_submissions: dict[str, list[Answer]]
    cell_seconds: dict[str, list[float]]
    problems: dict[str, list[str]] = field(default_factory=dict)

    def question_score(self, student: str, notebook: str, question: str) -> tuple[float, float]:
        """(score, max) of a question's autograded cells in one submission."""
        cells = [s for s in self.scores if s.student == student and s.notebook == notebook
                 and s.autograded and question_of(s.grade_id) == question]
        return sum(c.score for c in cells), sum(c.max_score for c in cells)

    def autograded_questions(self) -> dict[tuple[str, str], None]:
        """(notebook, question) of every autograded cell, in notebook order."""
        return {(s.notebook, question_of(s.grade_id)): None
                for s in self.scores if s.student == SOLUTION and s.autograded}


def prove(course_dir: Path, lab: str, notebooks: list[str] | None = None, each: bool = False) -> Proof:
    """Autograde the solution, the release and the wrong and right answers of ``lab`` and check the results.

    ``notebooks`` (file stems) limits the proof to some of the lab's notebooks; ``each`` submits every
    wrong answer on its own instead of one per question in a submission.
    """
    sources = _sources(course_dir, lab, notebooks)
    wrong = {p.stem: load_answers(course_dir, p.stem, WRONG) for p in sources}
    right = [a for p in sources for a in load_answers(course_dir, p.stem, RIGHT)]
    with scratch_course(course_dir, lab, sources) as course:
        originals = _write_reference_submissions(course, lab, sources)
        wrong_submissions = _write_answer_submissions(course, lab, originals, "wrong", [
            a for answers in wrong.values() for a in answers], each)
        right_submissions = _write_answer_submissions(course, lab, originals, "right", right, each=False)
        run_nbgrader(course, "autograde", lab, "--force")
        proof = Proof(
            lab=lab,
            notebooks=[p.stem for p in sources],
            scores=cell_scores(course, lab),
            wrong_submissions=wrong_submissions,
            right_submissions=right_submissions,
            cell_seconds=_cell_seconds(course / "autograded" / SOLUTION / lab),
        )
    proof.problems = {
        "outputs": _stored_without_outputs(sources),
        "grade ids": _grade_id_problems(proof),
        "solution": _cells_not_at(proof, SOLUTION, "the solution", full_marks=True),
        "release": _cells_not_at(proof, RELEASE, "the blank release", full_marks=False),
        "wrong answers": _wrong_answer_problems(proof, wrong),
        "right answers": _answer_problems(proof, proof.right_submissions, must_lose=False),
    }
    return proof


def _sources(course_dir: Path, lab: str, notebooks: list[str] | None) -> list[Path]:
    sources = [p for p in source_notebooks(course_dir, lab) if notebooks is None or p.stem in notebooks]
    if not sources:
        raise GraderError(f"no notebooks {notebooks} in {course_dir / 'source' / lab}")
    return sources


@contextmanager
def scratch_course(course_dir: Path, lab: str, sources: list[Path]):
    """A temporary course with the course's configuration and ``sources``, released with nbgrader."""
    with tempfile.TemporaryDirectory(prefix=f"prove-{lab}-") as tmp:
        course = Path(tmp)
        shutil.copy(course_dir / "nbgrader_config.py", course)
        with (course / "nbgrader_config.py").open("a") as config:  # its own gradebook, wherever db_url points
            config.write('\nc.CourseDirectory.db_url = "sqlite:///gradebook.db"\n')
        (course / "source" / lab).mkdir(parents=True)
        for path in sources:
            shutil.copy(path, course / "source" / lab)
        run_nbgrader(course, "generate_assignment", lab, "--force")
        yield course


def prove_mutants(course_dir: Path, lab: str, notebooks: list[str] | None, executor,
                  limit: int | None = 40) -> tuple[list[QuestionResult], list[str]]:
    """Mutation testing of ``lab``'s tests (grader.authoring.mutants): the results per question, and
    the problems found (the solution short of full marks, a listed equivalent mutant that is killed)."""
    sources = _sources(course_dir, lab, notebooks)
    mutants = [m for path in sources for m in notebook_mutants(path, limit)]
    equivalent = {key: e for path in sources for key, e in load_equivalent(course_dir, path.stem).items()}
    names = {path.stem: cell_names(nbformat.read(path, as_version=4)) for path in sources}
    originals = {p.stem: nbformat.read(p, as_version=4) for p in sources}
    problems: list[str] = []
    outcome: dict[int, bool] = {}  # mutant index -> killed
    with scratch_course(course_dir, lab, sources) as course:
        write_submission(course, SOLUTION, lab, originals)
        pending = list(range(len(mutants)))
        for alone in (False, True):
            batches = ([[i] for i in pending] if alone else
                       [[mutants.index(m) for m in batch] for notebook in names for batch in
                        mutant_rounds([mutants[i] for i in pending if mutants[i].notebook == notebook], names[notebook])])
            students = {}
            for number, batch in enumerate(batches, start=1):
                student = f"{'alone' if alone else 'mutant'}{number:04d}"
                students[student] = batch
                notebook = mutants[batch[0]].notebook
                nb = nbformat.from_dict(originals[notebook])
                cells = {c.metadata.get("nbgrader", {}).get("grade_id"): c for c in nb.cells}
                for i in batch:
                    cells[mutants[i].cell].source = mutants[i].source
                write_submission(course, student, lab, {notebook: nb})
            reports = {r.student: r for r in autograde(course, lab, executor)}
            scores = _question_scores(cell_scores(course, lab))
            pending = []
            for student, batch in students.items():
                troubled = not alone and len(batch) > 1 and bool(reports[student].problems)
                for i in batch:
                    score, maximum = scores.get((student, mutants[i].notebook, mutants[i].question), (0, 0))
                    if troubled and score < maximum:
                        pending.append(i)  # a kernel that died may have taken another question with it
                    else:
                        outcome[i] = score < maximum
            if not pending:
                break
        for (student, notebook, question), (score, maximum) in sorted(scores.items()):
            if student == SOLUTION and score < maximum:
                problems.append(f"{notebook}: {question}: the solution gets {score:g} of {maximum:g}: "
                                f"its mutants cannot be judged")
    results: dict[tuple[str, str], QuestionResult] = {}
    for i, mutant in enumerate(mutants):
        result = results.setdefault((mutant.notebook, mutant.question), QuestionResult(mutant.notebook, mutant.question))
        result.mutants.append(mutant)
        listed = equivalent.get(mutant.key)
        if listed and outcome[i]:
            problems.append(f"{mutant.notebook}/{EQUIVALENT_FILE}: {mutant.cell} {mutant.operator} "
                            f"{mutant.after.strip()!r} is listed as equivalent but the tests kill it")
        elif listed:
            result.equivalent.append(mutant)
        elif not outcome[i]:
            result.survived.append(mutant)
    return sorted(results.values(), key=lambda r: (r.notebook, r.question)), problems


def _question_scores(scores: list[CellScore]) -> dict[tuple[str, str, str], tuple[float, float]]:
    """(score, max) of each autograded question of each submission: (student, notebook, question) -> ..."""
    totals: dict[tuple[str, str, str], list[float]] = defaultdict(lambda: [0.0, 0.0])
    for s in scores:
        if s.autograded:
            total = totals[(s.student, s.notebook, question_of(s.grade_id))]
            total[0] += s.score
            total[1] += s.max_score
    return {key: (score, maximum) for key, (score, maximum) in totals.items()}


def _write_reference_submissions(course: Path, lab: str, sources: list[Path]) -> dict[str, nbformat.NotebookNode]:
    """Submit the solution and the blank release; return the solution notebooks by name."""
    originals = {p.stem: nbformat.read(p, as_version=4) for p in sources}
    write_submission(course, SOLUTION, lab, originals)
    write_submission(course, RELEASE, lab, {p.stem: nbformat.read(course / "release" / lab / p.name, as_version=4)
                                            for p in sources})
    return originals


def _write_answer_submissions(course: Path, lab: str, originals: dict[str, nbformat.NotebookNode], prefix: str,
                              answers: list[Answer], each: bool) -> dict[str, list[Answer]]:
    """Submissions ``<prefix><n>`` of the solution with ``answers`` in place, one per round (or answer)."""
    submissions = {}
    for number, batch in enumerate([[a] for a in answers] if each else rounds(answers), start=1):
        student = f"{prefix}{number}"
        write_submission(course, student, lab, {
            name: apply_answers(nb, [a for a in batch if a.notebook == name])
            for name, nb in originals.items() if any(a.notebook == name for a in batch)})
        submissions[student] = batch
    return submissions


def _cell_seconds(folder: Path) -> dict[str, list[float]]:
    """Seconds each code cell took when nbgrader executed the solution (nbclient records the times)."""
    seconds = {}
    for path in sorted(folder.glob("*.ipynb")):
        times = []
        for cell in nbformat.read(path, as_version=4).cells:
            execution = cell.get("metadata", {}).get("execution", {})
            if "iopub.execute_input" in execution and "shell.execute_reply" in execution:
                start, end = (datetime.fromisoformat(execution[k].replace("Z", "+00:00"))
                              for k in ("iopub.execute_input", "shell.execute_reply"))
                times.append((end - start).total_seconds())
        seconds[path.stem] = times
    return seconds


def _stored_without_outputs(sources: list[Path]) -> list[str]:
    problems = []
    for path in sources:
        for index, cell in enumerate(nbformat.read(path, as_version=4).cells):
            if cell.cell_type == "code" and (cell.outputs or cell.execution_count):
                problems.append(f"{path}: cell {index} is stored with outputs; clear them")
    return problems


def _grade_id_problems(proof: Proof) -> list[str]:
    problems = []
    home: dict[str, str] = {}
    for score in (s for s in proof.scores if s.student == SOLUTION):
        try:
            question = parse_grade_id(score.grade_id).key
        except ValueError as error:
            problems.append(f"{score.notebook}: {error}")
            continue
        if home.setdefault(question, score.notebook) != score.notebook:
            problems.append(f"question {question} appears in {home[question]} and {score.notebook}: "
                            f"questions must be unique within {proof.lab}")
    return problems


def _cells_not_at(proof: Proof, student: str, who: str, full_marks: bool) -> list[str]:
    """Autograded cells of one submission that do not have full marks (or zero)."""
    return [
        f"{s.notebook}: {s.grade_id}: {who} gets {s.score:g} of {s.max_score:g}"
        for s in proof.scores
        if s.student == student and s.autograded and s.score != (s.max_score if full_marks else 0)
    ]


def _wrong_answer_problems(proof: Proof, wrong: dict[str, list[Answer]]) -> list[str]:
    problems = []
    for notebook, question in proof.autograded_questions():
        count = sum(a.question == question for a in wrong[notebook])
        if count < MIN_WRONG_ANSWERS:
            problems.append(f"{notebook}: {question} has {count} wrong answers (at least {MIN_WRONG_ANSWERS})")
    return problems + _answer_problems(proof, proof.wrong_submissions, must_lose=True)


def _answer_problems(proof: Proof, submissions: dict[str, list[Answer]], must_lose: bool) -> list[str]:
    """Answers that miss their question, and wrong answers with full marks (``must_lose``) or right
    answers short of them."""
    problems = []
    questions = proof.autograded_questions()
    for student, batch in submissions.items():
        for answer in batch:
            if (answer.notebook, answer.question) not in questions:
                problems.append(f"{answer.path}: {answer.question} is not an autograded question of {answer.notebook}")
                continue
            score, maximum = proof.question_score(student, answer.notebook, answer.question)
            if must_lose and score >= maximum:
                problems.append(f"{answer.path}: this wrong answer gets full marks ({score:g} of {maximum:g})")
            elif not must_lose and score < maximum:
                problems.append(f"{answer.path}: this right answer gets {score:g} of {maximum:g}")
    return problems


def format_table(proof: Proof) -> str:
    """One row per autograded question: points of the solution, the release and each wrong (and right) answer."""
    by_question = {"wrong": defaultdict(list), "right": defaultdict(list)}
    for kind, submissions in (("wrong", proof.wrong_submissions), ("right", proof.right_submissions)):
        for student, batch in submissions.items():
            for answer in batch:
                by_question[kind][(answer.notebook, answer.question)].append((answer.label, student))
    lines = [f"{'notebook':<22} {'question':<30} {'max':>4} {'solution':>8} {'release':>7}  wrong answers"]
    for notebook, question in proof.autograded_questions():
        solution, maximum = proof.question_score(SOLUTION, notebook, question)
        release, _ = proof.question_score(RELEASE, notebook, question)
        answers = {kind: " ".join(f"{label}={proof.question_score(student, notebook, question)[0]:g}"
                                  for label, student in by_question[kind][(notebook, question)])
                   for kind in by_question}
        right = f"  | right: {answers['right']}" if answers["right"] else ""
        lines.append(f"{notebook:<22} {question:<30} {maximum:>4g} {solution:>8g} {release:>7g}  {answers['wrong']}{right}")
    for notebook, times in proof.cell_seconds.items():
        if times:
            lines.append(f"{notebook}: solution executed in {sum(times):.1f} s "
                         f"({len(times)} code cells, slowest {max(times):.1f} s)")
    return "\n".join(lines)


def add_command(subparsers, common) -> None:
    parser = subparsers.add_parser(
        "prove", parents=[common], help="prove a lab's tests before releasing it",
        description="Autograde, with stock `nbgrader autograde` in a scratch course, the solution (must get full "
                    "marks), the blank release (must get zero), the wrong answers of tests/wrong_answers/ (each "
                    "must lose its question's marks) and the right answers of tests/right_answers/ (each must get "
                    "full marks); print a table per question. Exit status 1 when any fails.")
    parser.add_argument("targets", nargs="*", metavar="TARGET",
                        help="labs (lab1) or notebooks (source/lab1/x.ipynb); default: every lab")
    parser.add_argument("--each", action="store_true", help="submit every wrong answer on its own "
                        "(slower: one submission per wrong answer instead of one per round)")
    parser.add_argument("--mutants", action="store_true", help="instead, mutation testing: mutants of the solution "
                        "cells, graded by `grader autograde` in sandboxes, must lose their question's marks (90%% of "
                        "each question's, equivalent ones listed in tests/wrong_answers/NOTEBOOK/equivalent_mutants.toml); "
                        "writes DIR/reports/mutants.txt")
    parser.add_argument("--max-mutants", type=int, default=40, metavar="N",
                        help="with --mutants: at most N mutants per question, sampled with a fixed seed (default: 40)")
    parser.set_defaults(run=_run)


def _run(args) -> int:
    selection: dict[str, list[str] | None] = {}
    for target in args.targets or labs(args.course_dir):
        path = Path(target)
        if path.suffix == ".ipynb":
            selection.setdefault(path.parent.name, []).append(path.stem)
        else:
            selection[target] = None
    if args.mutants:
        return _run_mutants(args, selection)
    failed = False
    for lab, notebooks in selection.items():
        started = time.perf_counter()
        proof = prove(args.course_dir, lab, notebooks, args.each)
        print(format_table(proof))
        print(f"{lab}: proved in {time.perf_counter() - started:.0f} s")
        for kind, problems in proof.problems.items():
            for problem in problems:
                log.error("PROBLEM (%s) %s", kind, problem)
            failed |= bool(problems)
    return ExitStatus.PROBLEMS if failed else ExitStatus.OK



def _run_mutants(args, selection: dict[str, list[str] | None]) -> int:
    started = time.perf_counter()
    executor = LocalExecutor()
    try:
        for warning in executor.check_sandbox():
            log.info("%s", warning)
        results, problems = [], []
        for lab, notebooks in selection.items():
            lab_results, lab_problems = prove_mutants(args.course_dir, lab, notebooks, executor, args.max_mutants)
            results += lab_results
            problems += lab_problems
    finally:
        executor.close()
    table = format_mutant_table(results)  # its last line: mutants: K/N killed (P%)
    report = args.course_dir / "reports" / "mutants.txt"
    took = f"mutation testing of {', '.join(selection)} took {time.perf_counter() - started:.0f} s"
    write_atomically({report: f"{took}\n{table}\n"})
    for problem in problems:
        log.error("PROBLEM (mutants) %s", problem)
    print(f"{took}; report: {report}\n{table}")
    weak = [r for r in results if r.share < KILL_BAR]
    return ExitStatus.PROBLEMS if weak or problems else ExitStatus.OK
