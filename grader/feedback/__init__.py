"""What `nbgrader generate_feedback` adds for this course, as preprocessors named in nbgrader_config.py.

tracebacks.py trims test errors to the test's message (after nbgrader's ClearHiddenTests, so no hidden
test reaches a student); summary.py puts the lab letter the submission reached, and what is missing,
above the notebook. May import grader.gradebook, grader.grading and the top-level modules.
"""
