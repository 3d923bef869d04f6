"""Code rewritten the way a student hides where it came from, for the synthetic cohorts.

A copier takes another group's notebook and renames the local variables, reorders the functions,
changes the comments and adds a cell of their own; an honest student's code differs from another's
in its names, comments and small choices of how to write a line, even when both chose the same
approach. Both keep the code's behaviour,
so the copy earns the grades of the original: the similarity report (grader.similarity) must see
through the disguise, and must not mistake two honest students who write alike for copies.
"""
import ast
import random

import nbformat
from nbformat.v4 import new_code_cell

NAMES = ("value", "item", "acc", "tmp", "res", "out", "part", "cur", "buf", "val", "elem", "term")
COMMENTS = ("# my version", "# worked this out on paper first", "# checked against the examples above",
            "# helper steps", "# TODO tidy up", "# second attempt")


class _RenameLocals(ast.NodeTransformer):
    """Rename, in each function, the names it assigns (not its parameters, globals or nonlocals)."""

    def __init__(self, rng: random.Random, taken: set[str]):
        self.rng = rng
        self.taken = taken

    def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.FunctionDef:
        nodes = list(ast.walk(node))
        kept = {n.arg for n in nodes if isinstance(n, ast.arg)}  # parameters, of nested functions and lambdas too
        kept |= {n.name for n in nodes if isinstance(n, ast.ExceptHandler) and n.name}
        kept |= {name for n in nodes if isinstance(n, (ast.Global, ast.Nonlocal)) for name in n.names}
        stored = sorted({n.id for n in nodes if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)} - kept)
        renames = {name: self.fresh() for name in stored}
        for n in nodes:
            if isinstance(n, ast.Name) and n.id in renames:
                n.id = renames[n.id]
        return node

    visit_AsyncFunctionDef = visit_FunctionDef

    def fresh(self) -> str:
        while True:
            name = f"{self.rng.choice(NAMES)}{self.rng.randrange(1, 100)}"
            if name not in self.taken:
                self.taken.add(name)
                return name


class _WriteOwnWay(ast.NodeTransformer):
    """Small choices two people make differently when they write the same idea: ``a < b`` or ``b > a``
    (never when both sides call something: the calls would swap order), ``if c: x else: y`` or
    ``if not c: y else: x``, returning an expression or naming it first. Each is taken with
    probability one half; none changes what the code does."""
    FLIPPED = {ast.Lt: ast.Gt, ast.Gt: ast.Lt, ast.LtE: ast.GtE, ast.GtE: ast.LtE}

    def __init__(self, rng: random.Random, fresh):
        self.rng = rng
        self.fresh = fresh

    def visit_Compare(self, node: ast.Compare) -> ast.Compare:
        self.generic_visit(node)
        calls = [any(isinstance(n, ast.Call) for n in ast.walk(side)) for side in (node.left, node.comparators[0])]
        if len(node.ops) == 1 and type(node.ops[0]) in self.FLIPPED and not all(calls) and self.rng.random() < 0.5:
            return ast.Compare(node.comparators[0], [self.FLIPPED[type(node.ops[0])]()], [node.left])
        return node

    def visit_If(self, node: ast.If) -> ast.If:
        self.generic_visit(node)
        if node.orelse and self.rng.random() < 0.5:
            return ast.If(ast.UnaryOp(ast.Not(), node.test), node.orelse, node.body)
        return node

    def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.FunctionDef:
        self.generic_visit(node)
        last = node.body[-1]
        if (isinstance(last, ast.Return) and isinstance(last.value, (ast.BinOp, ast.Call, ast.Compare))
                and self.rng.random() < 0.5):
            name = self.fresh()
            node.body[-1:] = [ast.Assign([ast.Name(name, ast.Store())], last.value), ast.Return(ast.Name(name, ast.Load()))]
        return node


def disguise_code(source: str, rng: random.Random, reorder: bool = True, own_way: bool = False) -> str:
    """``source`` with its functions' local names renamed and its comments replaced; when ``reorder``
    and the cell holds only definitions, its functions in reverse order; with ``own_way``, written
    with the small choices of _WriteOwnWay. Unparsable code is kept."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return source
    taken = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    renamer = _RenameLocals(rng, taken)
    tree = renamer.visit(tree)
    if own_way:
        tree = ast.fix_missing_locations(_WriteOwnWay(rng, renamer.fresh).visit(tree))
    definitions = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Import, ast.ImportFrom)
    if reorder and all(isinstance(s, definitions) for s in tree.body):
        imports = [s for s in tree.body if isinstance(s, (ast.Import, ast.ImportFrom))]
        tree.body = imports + [s for s in tree.body if s not in imports][::-1]
    lines = []
    for statement in tree.body:
        if rng.random() < 0.5:
            lines.append(rng.choice(COMMENTS))
        lines.append(ast.unparse(statement))
    return "\n".join(lines) + "\n"


def disguise_notebook(notebook: nbformat.NotebookNode, rng: random.Random, copier: bool) -> nbformat.NotebookNode:
    """A copy of ``notebook`` whose solution cells are disguised: a ``copier`` reorders the functions
    and adds a scratch cell of their own after the first solution cell; anyone else writes the code
    their own way (an honest student who chose the same approach as another)."""
    copy = nbformat.from_dict(notebook)
    solutions = [c for c in copy.cells if c.cell_type == "code" and c.metadata.get("nbgrader", {}).get("solution")]
    for cell in solutions:
        cell.source = disguise_code(cell.source, rng, reorder=copier, own_way=not copier)
    if copier and solutions:
        scratch = new_code_cell("# scratch: trying the function on my own example\nprint('checking', 2 + 2)",
                                id="my-scratch")
        copy.cells.insert(copy.cells.index(solutions[0]) + 1, scratch)
    return copy
