"""Proving a lab's autograder tests before release: `grader prove`.

answers.py reads tests/wrong_answers/ and tests/right_answers/ and builds submissions from them;
prove.py grades the solution, the blank release and those submissions with stock nbgrader in a
scratch course and checks the results; mutants.py makes the mutants that `prove --mutants` grades.
May import grader.course, grader.autograde, grader.gradebook and the top-level modules.
"""
