"""Executing one notebook, untrusted, in a bubblewrap sandbox: the only thing a worker does.

Flow: execute.execute_in_sandbox(job) stages the submission's files, starts bubblewrap (inside a
control group where it may, control_group.py) and reads what runner.py, run inside, reports cell by
cell; runner.py runs the cells with nbclient and loads kernel_guard.py into the kernel.

The folder rule: runner.py and kernel_guard.py are copied into the sandbox by path and run there
alone, so they import the standard library and nbclient/nbformat only, never grader. execute.py
and control_group.py depend on the standard library only, so that a Dask worker needs nothing of
the course to run a job.
"""
