"""Runs inside the student's kernel: keeps the tests running on the real Python, IPython and libraries,
and reports student code that tampers with them.

The sandbox runner executes this file's source in the kernel before any cell (``install``), then calls
``before_cell(kind)`` around the cells that matter: before each locked cell (kind ``"test"`` for a
grade cell, ``"trusted"`` for a read-only one) and before the cell that follows one. The names a locked
cell binds to modules, functions and classes become protected. Before and after each test, whatever
student code replaced is put back: IPython's execution machinery (its instances and classes, input
and AST transformers, event callbacks, exception handlers, sys hooks), the functions of the public
library modules (attributes and, in place, their code and defaults) and the protected names.

Code counts as the student's when it was compiled from a cell (ipykernel's cell files) other than a
locked one, or from a file in the working directory; libraries' generated code (``<string>``,
TensorFlow's generated modules) is theirs. This is defence in depth, not a proof: the sandbox contains
the damage, and the coordinator's review of the cells (grader.autograde.integrity) flags the code needed to get
past this module (``exec``, ``sys.modules``, private modules, ...). There is deliberately no audit
hook: Python would call it for each of the hundreds of thousands of events TensorFlow raises, which
costs a tenth of a notebook's time. Standard library only; it binds no names in the user namespace.
"""
import builtins
import functools
import json
import os
import sys
import types

# The working directory and ipykernel's folder of cell files, as named and resolved (compared as
# strings: resolving each of TensorFlow's thousands of file names would cost a second per notebook).
_STUDENT_DIRS = tuple(dict.fromkeys(
    resolve(folder) + os.sep for folder in (os.getcwd(), sys.modules["ipykernel.compiler"].get_tmp_directory())
    for resolve in (os.path.abspath, os.path.realpath)))
_FUNCTIONS = (types.FunctionType, types.MethodType, functools.partial)
_MISSING = object()

_tampered: list[str] = []
_modules: dict[str, tuple[types.ModuleType, dict, dict]] = {}  # name -> module, its attributes, its functions' code
_modules_seen = [0]  # len(sys.modules) when last looked at
_protected: dict[str, object] = {}
_machinery: dict[str, dict] = {}
_locked_cell_files: set[str] = set()  # the instructor's cells are not the student's code
_namespace_before: dict | None = None
_previous_kind = "student"


def _is_student_file(filename: str | None) -> bool:
    return filename is not None and not filename.startswith("<") and filename not in _locked_cell_files \
        and filename.startswith(_STUDENT_DIRS)


def _origin(obj) -> str | None:
    """Where ``obj`` (a function, class, or an instance of a class) was defined; None when built in.

    Reads only type-level attributes, so lazy modules and odd objects are never triggered.
    """
    while isinstance(obj, _FUNCTIONS):
        if type(obj) is types.FunctionType:
            return obj.__code__.co_filename
        obj = obj.__func__ if type(obj) is types.MethodType else obj.func
    cls = obj if isinstance(obj, type) else type(obj)
    if cls.__module__ == "__main__":  # defined in a cell
        return _STUDENT_DIRS[-1] + "__main__.py"
    module = sys.modules.get(cls.__module__)
    return vars(module).get("__file__") if isinstance(module, types.ModuleType) else None


def _is_students(obj) -> bool:
    """Whether ``obj`` is a function or class written by the student, or an instance of such a class."""
    try:
        return _is_student_file(_origin(obj))
    except Exception:
        return False


def _replaced(key: str, old, new) -> bool:
    """Whether ``new`` in place of ``old`` as a library module's ``key`` is tampering rather than the
    library's own doing: student code, or a builtin under another name (``assert_allclose = print``)."""
    if _is_students(new):
        return True
    return type(new) is types.BuiltinFunctionType and getattr(new, "__self__", None) is builtins \
        and new.__name__ != key and callable(old)


def _shell():
    return sys.modules["IPython"].get_ipython()


def _watched_objects() -> dict[str, object]:
    shell = _shell()
    objects = {"shell": shell, "kernel": getattr(shell, "kernel", None), "compiler": shell.compile,
               "events": shell.events, "input_transformer_manager": shell.input_transformer_manager,
               "displayhook": shell.displayhook, "display_pub": shell.display_pub}
    objects = {name: obj for name, obj in objects.items() if obj is not None}
    classes = {f"{cls.__module__}.{cls.__qualname__}": cls for obj in objects.values()
               for cls in type(obj).__mro__ if cls is not object}
    return {**objects, **classes}


def _lists() -> dict[str, list]:
    shell = _shell()
    manager = shell.input_transformer_manager
    return {"ast_transformers": shell.ast_transformers, "input_transformers_post": shell.input_transformers_post,
            "cleanup_transforms": manager.cleanup_transforms, "line_transforms": manager.line_transforms,
            "token_transformers": manager.token_transformers}


def _sys_hooks() -> dict[str, object]:
    return {"excepthook": sys.excepthook, "displayhook": sys.displayhook, "breakpointhook": sys.breakpointhook}


def _snapshot_machinery() -> None:
    _machinery["objects"] = {name: dict(vars(obj)) for name, obj in _watched_objects().items()}
    _machinery["lists"] = {name: list(items) for name, items in _lists().items()}
    _machinery["callbacks"] = {event: list(cbs) for event, cbs in _shell().events.callbacks.items()}
    _machinery["sys"] = _sys_hooks()


def _restore_machinery() -> None:
    for name, obj in _watched_objects().items():
        before = _machinery["objects"].get(name, {})
        for key, value in list(vars(obj).items()):
            if value is not before.get(key, _MISSING) and _is_students(value):
                _tampered.append(f"replaced IPython's {name}.{key}")
                if key in before:
                    setattr(obj, key, before[key])
                else:
                    delattr(obj, key)
    for name, items in _lists().items():
        added = [item for item in items if item not in _machinery["lists"][name] and _is_students(item)]
        if added:
            _tampered.append(f"changed IPython's {name}")
            items[:] = [item for item in items if item not in added]
    for event, callbacks in _shell().events.callbacks.items():
        added = [cb for cb in callbacks if cb not in _machinery["callbacks"].get(event, ()) and _is_students(cb)]
        if added:
            _tampered.append(f"registered an IPython {event} callback")
            callbacks[:] = [cb for cb in callbacks if cb not in added]
    shell = _shell()
    if shell.custom_exceptions:
        _tampered.append("set a custom exception handler")
        shell.custom_exceptions = ()
    for name, value in _sys_hooks().items():
        if _is_students(value):
            _tampered.append(f"replaced sys.{name}")
            setattr(sys, name, _machinery["sys"][name])
    for name, get, set_ in (("trace", sys.gettrace, sys.settrace), ("profile", sys.getprofile, sys.setprofile)):
        if _is_students(get()):
            _tampered.append(f"set a {name} function")
            set_(None)


def _is_library(name: str, module) -> bool:
    """Whether the guard watches ``module``: a library module of the public API (``numpy.testing``, not
    ``numpy._core.numeric``: watching TensorFlow's private modules too would cost a second per notebook;
    patching those takes code that the review of the cells flags)."""
    return isinstance(module, types.ModuleType) and not any(part.startswith("_") for part in name.split(".")) \
        and not _is_student_file(vars(module).get("__file__"))


def _code_of(state: dict) -> dict:
    """The code, defaults and keyword defaults of the module's functions, to undo changes in place."""
    return {key: (value, value.__code__, value.__defaults__, value.__kwdefaults__)
            for key, value in state.items() if type(value) is types.FunctionType}


def _disabled(what: str):
    def disabled(*args, **kwargs):
        raise AssertionError(f"{what} was changed by student code, and the grader disabled it")
    return disabled


def _watch_new_modules() -> None:
    """Remember the state of each library module not seen before. A student's function already in it
    (the module was first imported and patched in one cell) cannot be undone: it is disabled, so that
    the tests relying on it fail."""
    if len(sys.modules) == _modules_seen[0]:
        return
    _modules_seen[0] = len(sys.modules)
    for name, module in list(sys.modules.items()):
        if name in _modules or not _is_library(name, module):
            continue
        for key, (function, code, _, _) in _code_of(vars(module)).items():
            if _is_student_file(code.co_filename):
                _tampered.append(f"replaced {name}.{key} (disabled)")
                setattr(module, key, _disabled(f"{name}.{key}"))
        state = dict(vars(module))
        _modules[name] = (module, state, _code_of(state))


def _restore_modules() -> None:
    for name, (module, before, code) in _modules.items():
        for key, (function, original, defaults, kwdefaults) in code.items():
            if function.__code__ is not original or function.__defaults__ is not defaults \
                    or function.__kwdefaults__ is not kwdefaults:
                _tampered.append(f"rewrote {name}.{key} in place")
                function.__code__, function.__defaults__, function.__kwdefaults__ = original, defaults, kwdefaults
        now = vars(module)
        try:
            if now == before:
                continue
        except Exception:  # a value whose == is not a truth value (an array): compare one by one
            pass
        for key, old in before.items():
            new = now.get(key, _MISSING)
            if new is not old and (callable(old) if new is _MISSING else _replaced(key, old, new)):
                _tampered.append(f"replaced {name}.{key}")
                setattr(module, key, old)
        state = dict(now)  # the library's own changes are the new normal
        _modules[name] = (module, state, _code_of(state))


def _protect_new_bindings() -> None:
    """Take the bindings the locked cell just run made: the modules, functions and classes it bound are
    protected from then on; a name it bound to anything else, or deleted, is no longer."""
    namespace = _shell().user_ns
    for key in namespace.keys() | _namespace_before.keys():
        value = namespace.get(key, _MISSING)
        if value is not _namespace_before.get(key, _MISSING):
            if value is not _MISSING and (isinstance(value, types.ModuleType) or callable(value)):
                _protected[key] = value
            else:
                _protected.pop(key, None)


def _restore_protected() -> None:
    namespace = _shell().user_ns
    for key, value in _protected.items():
        if namespace.get(key, _MISSING) is not value:
            _tampered.append(f"rebound {key}")
            namespace[key] = value


def before_cell(kind: str, source: str | None = None) -> str:
    """Run ahead of a cell of ``kind`` ("test", "trusted", "student" or "end" after the last cell);
    ``source`` is a locked cell's code, which is then the instructor's, not the student's.

    Returns the JSON list of the tampering found (and undone) since the previous call. Tampering found
    right after a test happened during it (student code the test called): the runner fails that test.
    """
    global _namespace_before, _previous_kind
    if source is not None:
        _locked_cell_files.add(sys.modules["ipykernel.compiler"].get_file_name(source))
    if _namespace_before is not None:
        _protect_new_bindings()
        _namespace_before = None
    _watch_new_modules()
    if "test" in (kind, _previous_kind):
        _restore_machinery()
        _restore_modules()
        _restore_protected()
    if kind in ("trusted", "test"):
        _namespace_before = dict(_shell().user_ns)
    _previous_kind = kind
    found = list(dict.fromkeys(_tampered))
    _tampered.clear()
    return json.dumps(found)


def install() -> None:
    """Take the state of IPython and the libraries as the kernel started."""
    _protected["__builtins__"] = _shell().user_ns.get("__builtins__", builtins)
    _snapshot_machinery()
    _watch_new_modules()
