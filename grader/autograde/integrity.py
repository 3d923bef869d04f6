"""What in a submission needs a person's review: locked cells the student changed or deleted, and code
that reaches for the machinery the tests rely on.

Pure functions of a notebook (and of the gradebook's record of the locked cells); the nbgrader
preprocessor grader.autograde.preprocessors.ReviewSubmission calls them on each submitted notebook. The
checks read the code and never run it: the kernel guard (grader/sandbox/kernel_guard.py) watches what it does.
A flagged submission is still graded on its answers, and its grades are marked for manual review.
"""
import ast

from IPython.core.inputtransformer2 import TransformerManager
from nbgrader.utils import compute_checksum, is_locked, is_solution

# Absolute paths a submission may name: its sandbox's private ones. Any other reaches for the machine.
PRIVATE = ("/tmp/", "/dev/null")
# Magics an honest notebook uses; any other use of the IPython shell is flagged.
ALLOWED_MAGICS = frozenset({"matplotlib", "time", "timeit", "pprint", "precision"})

SUSPICIOUS_NAMES = {
    "get_ipython": "uses the IPython shell",
    "__builtins__": "changes or inspects the builtins",
    "builtins": "changes or inspects the builtins",
    "__import__": "imports by a computed name",
    "importlib": "imports by a computed name",
    "exec": "runs code built at run time",
    "eval": "runs code built at run time",
    "compile": "runs code built at run time",
    "globals": "inspects namespaces",
    "setattr": "sets attributes by name",
    "delattr": "deletes attributes by name",
    "gc": "inspects the garbage collector",
    "ctypes": "uses ctypes",
    "inspect": "inspects the call stack",
    "_grader_guard": "reaches for the grader's guard",
    "socket": "uses the network",
    "urllib": "uses the network",
    "requests": "uses the network",
    "http": "uses the network",
    "subprocess": "starts processes",
}
SUSPICIOUS_ATTRIBUTES = {
    "modules": "reaches into sys.modules",
    "_getframe": "inspects the call stack",
    "settrace": "sets a trace function",
    "setprofile": "sets a profile function",
    "excepthook": "replaces an exception hook",
    "displayhook": "replaces a display hook",
    "ast_transformers": "changes how IPython runs cells",
    "input_transformers_cleanup": "changes how IPython runs cells",
    "input_transformers_post": "changes how IPython runs cells",
    "input_transformer_manager": "changes how IPython runs cells",
    "set_custom_exc": "changes how IPython handles errors",
    "run_cell": "changes how IPython runs cells",
    "run_ast_nodes": "changes how IPython runs cells",
    "__code__": "rewrites a function's code",
    "__globals__": "inspects a function's namespace",
    "__closure__": "inspects a function's namespace",
    "__subclasses__": "inspects the class hierarchy",
    "f_globals": "inspects the call stack",
    "f_locals": "inspects the call stack",
    "f_back": "inspects the call stack",
    "tb_frame": "inspects the call stack",
    "_exit": "ends the kernel",
    "kill": "sends signals",
    "killpg": "sends signals",
    "fork": "starts processes",
    "system": "runs shell commands",
}


def _where(cell, index: int) -> str:
    grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
    return f"cell {grade_id}" if grade_id else f"cell {index + 1}"


def _imported_names(tree: ast.AST) -> dict[str, str]:
    """Local name -> module, for the import statements in ``tree``."""
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update({alias.asname or alias.name.split(".")[0]: alias.name if alias.asname else alias.name.split(".")[0]
                          for alias in node.names})
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.update({alias.asname or alias.name: f"{node.module}.{alias.name}" for alias in node.names})
    return names


def _dotted(node: ast.AST) -> list[str] | None:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    return [node.id, *reversed(parts)] if isinstance(node, ast.Name) else None


def _allowed_magic_calls(tree: ast.AST) -> set[int]:
    """ids of the ``get_ipython`` names in ``get_ipython().run_line_magic("matplotlib", ...)`` and the like."""
    allowed = set()
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("run_line_magic", "run_cell_magic")
                and isinstance(node.func.value, ast.Call) and isinstance(node.func.value.func, ast.Name)
                and node.func.value.func.id == "get_ipython"
                and node.args and isinstance(node.args[0], ast.Constant) and node.args[0].value in ALLOWED_MAGICS):
            allowed.add(id(node.func.value.func))
    return allowed


def _cell_findings(tree: ast.AST, modules: dict[str, str]) -> list[str]:
    found = []
    allowed = _allowed_magic_calls(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id in SUSPICIOUS_NAMES and id(node) not in allowed:
            found.append(f"{SUSPICIOUS_NAMES[node.id]} ({node.id})")
        elif isinstance(node, ast.Attribute) and node.attr in SUSPICIOUS_ATTRIBUTES:
            found.append(f"{SUSPICIOUS_ATTRIBUTES[node.attr]} (.{node.attr})")
        elif isinstance(node, ast.Call):
            found += [f"uses the path {arg.value}" for arg in node.args if isinstance(arg, ast.Constant)
                      and isinstance(arg.value, str) and arg.value.startswith("/") and not arg.value.startswith(PRIVATE)]
        elif isinstance(node, ast.alias) and node.name.split(".")[0] in SUSPICIOUS_NAMES:
            found.append(f"{SUSPICIOUS_NAMES[node.name.split('.')[0]]} (import {node.name})")
        elif isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign, ast.Delete)):
            targets = node.targets if isinstance(node, (ast.Assign, ast.Delete)) else [node.target]
            for target in targets:
                dotted = _dotted(target) if isinstance(target, ast.Attribute) else None
                if dotted and dotted[0] in modules:
                    found.append(f"changes {'.'.join([modules[dotted[0]], *dotted[1:]])}")
    return found


def review_cells(nb) -> list[str]:
    """Findings in the code the student could write: every code cell that is not locked."""
    transformer = TransformerManager()
    trees = {}
    for index, cell in enumerate(nb.cells):
        if cell.cell_type == "code":
            try:
                trees[index] = ast.parse(transformer.transform_cell(cell.source))
            except (SyntaxError, ValueError):
                continue  # it fails when run, like any broken answer
    modules = {}
    for tree in trees.values():
        modules.update(_imported_names(tree))
    findings = []
    for index, tree in trees.items():
        cell = nb.cells[index]
        if not is_locked(cell) or is_solution(cell):
            findings += [f"{_where(cell, index)} {what}" for what in dict.fromkeys(_cell_findings(tree, modules))]
    return findings


def locked_cell_changes(nb, locked_ids: set[str], grade_ids: set[str]) -> list[str]:
    """Locked cells the student changed (nbgrader grades the released version instead) and graded cells
    they deleted. ``locked_ids`` and ``grade_ids`` are the ids of the notebook's locked and graded cells.

    A locked cell counts as changed when it no longer matches the checksum nbgrader wrote into it at
    release (its source, type, points or lock): an edit made in any editor that keeps the metadata. A
    cell without that checksum cannot be checked.
    """
    findings, present = [], set()
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        grade_id = meta.get("grade_id")
        present.add(grade_id)
        if grade_id in locked_ids and meta.get("checksum") not in (None, compute_checksum(cell)):
            findings.append(f"cell {grade_id} is locked but was changed (nbgrader graded the released version)")
    findings += [f"graded cell {grade_id} was deleted" for grade_id in sorted(grade_ids - present)]
    return findings
