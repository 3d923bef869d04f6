"""Feedback that teaches without giving the hidden tests away.

Stock ``nbgrader generate_feedback`` renders the autograded notebook, whose test cells hold the
hidden tests and whose tracebacks quote the failing hidden line. nbgrader_config.py adds nbgrader's
own ClearHiddenTests to the feedback pipeline, and TrimTestTracebacks below keeps only the
exception and its message in the test cells' errors.
"""
from nbgrader.preprocessors import NbGraderPreprocessor


class TrimTestTracebacks(NbGraderPreprocessor):
    """Reduce each error in a graded test cell to ``Name: message`` (the message is the test author's hint)."""

    def preprocess_cell(self, cell, resources, index):
        nbgrader = cell.metadata.get("nbgrader", {})
        if cell.cell_type == "code" and nbgrader.get("grade") and not nbgrader.get("solution"):
            for output in cell.get("outputs", []):
                if output.output_type == "error":
                    output.traceback = [f"{output.ename}: {output.evalue}"]
        return cell, resources
