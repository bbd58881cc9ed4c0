"""The dashboard: totals, contracts that need attention, and charts of the inventory."""
