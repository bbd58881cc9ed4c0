"""Data in and out: export of any list, the import wizard, copying the database (DESIGN §7)."""
