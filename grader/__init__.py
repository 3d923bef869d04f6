"""Course lab platform: release, autograde and grade the course's nbgrader labs.

The subpackages follow the instructor's journey (docs/architecture.md draws it):
authoring/ (prove a lab's tests) -> course/ (release, collect) -> autograde/ (grade submissions, with
the notebooks executed in sandbox/) -> feedback/ (nbgrader's feedback, our preprocessors) -> grading/
(lab letters, final grades, reports); demo/ runs it all on a synthetic cohort. gradebook.py is the one
module that reads the gradebook; cli.py, errors.py and questions.py serve them all.
The rules in grading/ import nothing of the others but errors and questions, and sandbox/ imports
nothing of grader at all (docs/architecture.md has the whole import map).
"""
