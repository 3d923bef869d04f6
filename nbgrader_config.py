"""nbgrader configuration for the course; the repository root is the course directory."""

c = get_config()  # noqa: F821 (provided by traitlets when nbgrader loads this file)

c.CourseDirectory.course_id = "id2223"
c.CourseDirectory.db_url = "sqlite:///gradebook.db"
c.CourseDirectory.assignment_id = ""

# Student notebooks get a stub that fails loudly instead of silently passing a test.
c.ClearSolutions.code_stub = {"python": "# YOUR CODE HERE\nraise NotImplementedError()"}
c.ClearSolutions.text_stub = "YOUR ANSWER HERE"

# Every cell must finish well within this; notebooks are written for < 10 s per cell.
c.ExecutePreprocessor.timeout = 30
c.ExecutePreprocessor.interrupt_on_timeout = True

# Keep a runaway print loop from producing a notebook nobody can open.
c.LimitOutput.max_lines = 1000
c.LimitOutput.max_traceback = 100

# Feedback shows scores and the test authors' messages, never the hidden tests (grader/feedback/tracebacks.py),
# and starts with the lab letter the submission reached and what is missing (grader/feedback/summary.py).
c.GenerateFeedback.preprocessors = [
    "nbgrader.preprocessors.GetGrades",
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
    "nbgrader.preprocessors.ClearHiddenTests",
    "grader.feedback.tracebacks.TrimTestTracebacks",
    "grader.feedback.summary.LabLetterSummary",
]
c.ClearHiddenTests.enforce_metadata = False
