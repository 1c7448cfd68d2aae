"""The Textual app. Imports nothing of the storage stack at import time."""
