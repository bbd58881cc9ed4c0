"""The list pages: the one reusable page, its lazy table model, and the app's lists."""
