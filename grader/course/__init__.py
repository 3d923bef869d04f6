"""The course directory and what moves notebooks through it: release to the students, collection of
their submissions.

layout.py knows the course's folders, labs, due dates and nbgrader configuration (CourseDirectory);
nbgrader_apps.py is how nbgrader's command-line apps are run; release.py makes release/ from
source/; collect.py brings a Canvas submissions zip into submitted/ through nbgrader's zip_collect.
May import grader.gradebook, grader.grading.policy and the top-level modules.
"""
