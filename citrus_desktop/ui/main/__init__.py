"""The main window, its navigation and Administration, and live refresh."""
