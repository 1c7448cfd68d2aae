"""Widgets shared by the app's screens: text that is never markup (text.py), the tables
and chart bases drawn line by line (table.py), the charts (charts.py) and the form
validators (validators.py)."""
