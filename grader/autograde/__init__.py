"""`grader autograde LAB`: nbgrader's own Autograde converter, with the notebooks executed elsewhere.

Flow: command.py selects the submissions and runs nbgrader's converter on each (one thread per
submission in flight, taking turns on one lock); preprocessors.py plugs into that converter
(ReviewSubmission before nbgrader's sanitizing, ExecuteOnWorker in place of Execute, FlagForReview
after SaveAutoGrades); integrity.py holds the code review those preprocessors apply; executors.py
sends each job to a local sandbox or a Dask worker (grader.sandbox); progress.py shows the bar and the
final table. May import grader.sandbox, grader.gradebook, grader.course and the top-level modules.
"""
