"""The district exchange in the window."""

from intlbase_desk.ui.exchange.exchange_ui import ExchangeUi

__all__ = ["ExchangeUi"]
