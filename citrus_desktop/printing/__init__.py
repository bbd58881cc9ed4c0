"""Painting without widgets (QtGui only): label sheets and reports, for the window and the CLI alike."""
