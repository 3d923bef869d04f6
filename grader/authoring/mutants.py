"""`grader prove --mutants`: mutation testing of a notebook's hidden tests.

Every solution cell's reference code (between each ``### BEGIN SOLUTION`` and ``### END SOLUTION``) is
mutated with cosmic-ray's operators (arithmetic and comparison swaps, constants off by one, negated
conditions, loops that never run) and one of ours (a statement removed), a mutant at a time. The
mutants are batched like the wrong answers: a submission carries at most one mutant per question, and
never two for questions whose cells share names (so that one mutant cannot kill another's question);
they are graded by `grader autograde` in sandboxes, in parallel. A mutant is killed when its question
loses marks. A notebook whose kernel died or ran out of time in a batch has its mutants graded again,
each alone. Mutants that behave exactly like the solution (equivalent) are listed, each with its
reason, in tests/wrong_answers/<notebook>/equivalent_mutants.toml and left out of the score.
"""
import ast
import difflib
import random
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
import parso
from cosmic_ray.mutating import mutate_code
from cosmic_ray.operators.operator import Operator
from cosmic_ray.plugins import get_operator

from grader.authoring.answers import answers_dir
from grader.errors import GraderError
from grader.questions import parse_grade_id

BEGIN, END = "### BEGIN SOLUTION", "### END SOLUTION"
KILL_BAR = 0.9  # the share of a question's non-equivalent mutants its tests must kill
EQUIVALENT_FILE = "equivalent_mutants.toml"

# The classic operators, as cosmic-ray names them (its full set swaps every operator for every other
# one: thousands of mutants that mostly do not even run).
OPERATORS = (
    *(f"core/ReplaceBinaryOperator_{a}_{b}" for a, b in (
        ("Add", "Sub"), ("Sub", "Add"), ("Mul", "Div"), ("Div", "Mul"), ("Mul", "Add"), ("Pow", "Mul"),
        ("FloorDiv", "Div"), ("Div", "FloorDiv"), ("Mod", "FloorDiv"))),
    *(f"core/ReplaceComparisonOperator_{a}_{b}" for a, b in (
        ("Lt", "LtE"), ("LtE", "Lt"), ("Gt", "GtE"), ("GtE", "Gt"), ("Eq", "NotEq"), ("NotEq", "Eq"),
        ("Lt", "Gt"), ("Gt", "Lt"), ("Is", "IsNot"), ("IsNot", "Is"))),
    "core/NumberReplacer", "core/AddNot", "core/ReplaceAndWithOr", "core/ReplaceOrWithAnd",
    "core/ReplaceTrueWithFalse", "core/ReplaceFalseWithTrue", "core/ReplaceUnaryOperator_USub_UAdd",
    "core/ZeroIterationForLoop", "core/ReplaceBreakWithContinue",
)


class StatementDeletion(Operator):
    """A statement replaced by ``pass``: an assignment, a call, a return, a raise, an assert."""

    KINDS = {"expr_stmt", "return_stmt", "raise_stmt", "assert_stmt", "del_stmt"}

    def mutation_positions(self, node):
        if node.type in self.KINDS or (node.type in ("atom_expr", "power") and node.parent.type == "simple_stmt"):
            yield (node.start_pos, node.end_pos)

    def mutate(self, node, index):
        return parso.python.tree.Keyword("pass", node.start_pos, prefix=node.get_first_leaf().prefix)

    @classmethod
    def examples(cls):
        return ()


@dataclass(frozen=True)
class Mutant:
    notebook: str
    question: str   # <tier>-<question>, the question that must lose marks
    cell: str       # the solution cell's grade id
    operator: str
    source: str     # the mutated cell
    before: str     # the line as the solution has it
    after: str      # the line as the mutant has it

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.cell, self.operator, self.before.strip(), self.after.strip())

    def diff(self) -> str:
        return f"-{self.before.rstrip()}\n+{self.after.rstrip()}"


@dataclass
class Equivalent:
    cell: str
    operator: str
    before: str
    after: str
    reason: str

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.cell, self.operator, self.before.strip(), self.after.strip())


@dataclass
class QuestionResult:
    notebook: str
    question: str
    mutants: list[Mutant] = field(default_factory=list)
    equivalent: list[Mutant] = field(default_factory=list)
    survived: list[Mutant] = field(default_factory=list)

    @property
    def killed(self) -> int:
        return len(self.mutants) - len(self.equivalent) - len(self.survived)

    @property
    def share(self) -> float:
        counted = len(self.mutants) - len(self.equivalent)
        return self.killed / counted if counted else 1.0


def _operators() -> list[tuple[str, Operator]]:
    return [(name.removeprefix("core/"), get_operator(name)()) for name in OPERATORS] + [
        ("StatementDeletion", StatementDeletion())]


def _solution_lines(source: str) -> set[int]:
    """The 1-based line numbers strictly between each pair of solution markers (a cell may have several)."""
    inside, lines = False, set()
    for number, line in enumerate(source.splitlines(), start=1):
        if line.strip() == BEGIN:
            inside = True
        elif line.strip() == END:
            inside = False
        elif inside:
            lines.add(number)
    return lines


def cell_mutants(source: str, operators=None) -> list[tuple[str, str, str, str]]:
    """(operator, mutated source, line before, line after) of every mutant of ``source`` whose change
    lies within the solution markers and which is still valid Python."""
    region = _solution_lines(source)
    if not region:
        return []
    found = []
    for name, operator in operators or _operators():
        occurrence = 0
        while (mutated := mutate_code(source, operator, occurrence)) is not None:
            occurrence += 1
            old, new = source.splitlines(), mutated.splitlines()
            changed = [(i, j) for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new).get_opcodes()
                       if tag != "equal" for i, j in [(i1, j1)]]
            if len(changed) != 1 or len(old) != len(new) or changed[0][0] + 1 not in region:
                continue  # a change outside the solution, or one spanning lines
            line = changed[0][0]
            try:
                ast.parse(mutated)
            except SyntaxError:
                continue
            found.append((name, mutated, old[line], new[line]))
    return found


def question_of_cell(nb: nbformat.NotebookNode, index: int, questions: set[str]) -> str | None:
    """The question a solution cell answers: ``<question>-solution...`` names it; else the next test's."""
    grade_id = nb.cells[index].metadata["nbgrader"]["grade_id"]
    named = [q for q in questions if grade_id.split("-solution")[0] == parse_grade_id(q).question]
    if named:
        return named[0]
    for cell in nb.cells[index + 1:]:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("grade") and not meta.get("solution"):
            try:
                return parse_grade_id(meta["grade_id"]).key
            except ValueError:
                return None
    return None


def autograded_questions(nb: nbformat.NotebookNode) -> set[str]:
    """The questions of the notebook's autograded (code) test cells; malformed grade ids are left to the proof."""
    questions = set()
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("grade") and cell.cell_type == "code":
            try:
                questions.add(parse_grade_id(meta["grade_id"]).key)
            except ValueError:
                continue
    return questions


def notebook_mutants(path: Path, limit: int | None, seed: int = 2223) -> list[Mutant]:
    """The mutants of a source notebook's solution cells; at most ``limit`` per question, sampled
    with a fixed seed (the same every run)."""
    nb = nbformat.read(path, as_version=4)
    questions = autograded_questions(nb)
    by_question: dict[str, list[Mutant]] = {}
    for index, cell in enumerate(nb.cells):
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type != "code" or not meta.get("solution"):
            continue
        question = question_of_cell(nb, index, questions)
        if question is None:
            continue
        for operator, source, before, after in cell_mutants(cell.source):
            by_question.setdefault(question, []).append(
                Mutant(path.stem, question, meta["grade_id"], operator, source, before, after))
    chosen = []
    for question, mutants in sorted(by_question.items()):
        if limit is not None and len(mutants) > limit:
            mutants = sorted(random.Random(f"{seed}-{path.stem}-{question}").sample(mutants, limit),
                             key=mutants.index)
        chosen += mutants
    return chosen


def load_equivalent(course_dir: Path, notebook: str) -> dict[tuple, Equivalent]:
    """The reviewed equivalent mutants of ``notebook``: each names the cell, the operator, the line
    before and after, and why the mutant behaves like the solution."""
    path = answers_dir(course_dir) / notebook / EQUIVALENT_FILE
    if not path.exists():
        return {}
    try:
        entries = tomllib.loads(path.read_text()).get("equivalent", [])
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise GraderError(f"{path}: {error}") from error
    found = {}
    for number, entry in enumerate(entries, start=1):
        lacking = [k for k in ("cell", "operator", "before", "after", "reason") if not str(entry.get(k, "")).strip()]
        if lacking:
            raise GraderError(f"{path}: [[equivalent]] number {number} lacks {', '.join(lacking)}")
        equivalent = Equivalent(*(str(entry[k]) for k in ("cell", "operator", "before", "after", "reason")))
        found[equivalent.key] = equivalent
    return found


def cell_names(nb: nbformat.NotebookNode) -> dict[str, tuple[set[str], set[str]]]:
    """For each question: the names its solution cells bind at the top level (functions, classes,
    variables) and the names its cells (solutions and tests) use, to keep dependent questions'
    mutants out of one submission."""
    names: dict[str, tuple[set[str], set[str]]] = {}
    questions = autograded_questions(nb)
    for index, cell in enumerate(nb.cells):
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type != "code" or not meta:
            continue
        if meta.get("solution"):
            question = question_of_cell(nb, index, questions)
        else:
            try:
                question = parse_grade_id(meta.get("grade_id", "")).key if meta.get("grade") else None
            except ValueError:
                question = None
        if question is None:
            continue
        try:
            tree = ast.parse(cell.source)
        except SyntaxError:
            continue
        bound, used = names.setdefault(question, (set(), set()))
        used.update(node.id for node in ast.walk(tree) if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load))
        if meta.get("solution"):
            for statement in tree.body:
                if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                    bound.add(statement.name)
                elif isinstance(statement, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
                    targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
                    bound.update(n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name))
    return names


def mutant_rounds(mutants: list[Mutant], names: dict[str, tuple[dict, dict]]) -> list[list[Mutant]]:
    """Submissions of mutants: at most one per question, and none for two questions of which one uses
    what the other's solution binds."""
    def dependent(a: str, b: str) -> bool:
        bound_a, used_a = names.get(a, (set(), set()))
        bound_b, used_b = names.get(b, (set(), set()))
        return bool(bound_a & used_b or bound_b & used_a)

    rounds: list[list[Mutant]] = []
    for mutant in mutants:
        for batch in rounds:
            if all(m.question != mutant.question and m.notebook == mutant.notebook
                   and not dependent(m.question, mutant.question) for m in batch):
                batch.append(mutant)
                break
        else:
            rounds.append([mutant])
    return rounds


def format_mutant_table(results: list[QuestionResult]) -> str:
    lines = [f"{'notebook':<22} {'question':<30} {'mutants':>7} {'equiv':>5} {'killed':>6} {'share':>6}"]
    for r in results:
        flag = "" if r.share >= KILL_BAR else "  < 90%"
        lines.append(f"{r.notebook:<22} {r.question:<30} {len(r.mutants):>7} {len(r.equivalent):>5} {r.killed:>6} "
                     f"{r.share:>6.0%}{flag}")
    for r in results:
        for mutant in r.survived:
            lines.append(f"SURVIVED {r.notebook} {r.question} {mutant.cell} {mutant.operator}:\n{mutant.diff()}")
    killed = sum(r.killed for r in results)
    counted = sum(len(r.mutants) - len(r.equivalent) for r in results)
    lines.append(f"mutants: {killed}/{counted} killed ({killed / counted if counted else 1:.0%})")
    return "\n".join(lines)
