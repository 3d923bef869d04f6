"""`grader demo` (`make demo`): the whole journey on a synthetic cohort, in a course folder of its own.

cohort.py makes the synthetic students and their submissions from the wrong answers;
synthetic_grades.py their exam, project, group and roster files; command.py runs release,
autograde, feedback and grades on them. May import every other part of grader.
"""
