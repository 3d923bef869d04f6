"""`grader similarity LAB`: which groups wrote the same code, for an examiner to look at. Never changes grades.

Flow: work.py reads what each student wrote in the autograded notebooks (the solution cells) and
which tests failed with what output, and the release's own text of each solution cell;
compare.py normalises the code and fingerprints it with copydetect's winnowing, weighs each
fingerprint by how few groups share it, and ranks the pairs of students from different groups
(partners, who share their work by design, are never compared); report.py writes the CSV and the
HTML with the matched code side by side; command.py ties them to the command line.
May import grader.course, grader.gradebook, grader.grading (its grade files and atomic writes) and
the top-level modules.
"""
