"""The course's grading rules as plain data and pure functions, and `grader grades` around them.

Flow: policy.py reads grading.toml; inputs.py reads grades/*.csv; lab_letters.py letters a lab from
the questions answered; lab_grades.py gives each student a lab letter (groups, oral overrides, late);
final_grade.py combines the components into the A-F grade with its explanation; reports.py and
html_report.py write reports/; command.py reads the gradebook (grader.gradebook) and ties it together.
records.py holds the plain data they read. Everything but command.py does no I/O beyond the files it
is handed and imports only errors, questions and this package, so the rules are unit-testable alone.
"""
