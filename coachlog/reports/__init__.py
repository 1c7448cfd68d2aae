"""Reports: built as data (document.py), rendered to Markdown, HTML and CSV (render.py)."""
