"""Citrus Desktop: each business customer's inventory of items, contracts and sites."""

__version__ = "0.1.0"
APP_NAME = "Citrus Desktop"
APP_ID = "cx.citrus.Desktop"
