"""Course lab platform: release, autograde and grade the course's nbgrader labs."""
