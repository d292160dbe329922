"""All Qt code. The core (intlbase_desk/*) never imports from here."""
