"""Editing records: the dialog base, item/contract/site/type dialogs, the customer window."""
