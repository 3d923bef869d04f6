"""Proving a lab's autograder tests before release: `grader prove`.

wrong_answers.py reads tests/wrong_answers/ and builds submissions from them; prove.py grades the
solution, the blank release and those submissions with stock nbgrader in a scratch course and
checks the results. May import grader.course, grader.gradebook and the top-level modules.
"""
