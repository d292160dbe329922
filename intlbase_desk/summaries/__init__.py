"""Annual work summaries (年度工作总结): a campaign per reporting year, the bases that owe one,
their filings, checks and status.

Other packages use only the names listed here; each module loads on first use.
"""

import lazy_loader as lazy

__getattr__, __dir__, __all__ = lazy.attach(
    __name__,
    submod_attrs={
        "commands": ["add_commands"],
        "campaigns": [
            "CHANGED",
            "STATUSES",
            "BaseStatus",
            "CampaignOpened",
            "CampaignStatus",
            "campaign_form",
            "campaign_status",
            "campaign_targets",
            "due_date",
            "get_campaign",
            "latest_year",
            "list_campaigns",
            "open_campaign",
        ],
        "attachments": [
            "KINDS",
            "Attached",
            "attach",
            "list_attachments",
            "save_attachment",
        ],
        "figures": ["filed_figures"],
        "filing_detail": [
            "FILING_STATES",
            "SEVERITY",
            "CheckResult",
            "FilingDetail",
            "PastFiling",
            "filing_detail",
        ],
        "statistics": ["GROUPINGS", "Stat", "write_statistics", "year_statistics"],
        "reminders": ["Owed", "owed_by_unit", "write_notices", "write_reminder_sheet"],
        "decisions": ["accept_filing", "return_filing", "target_of"],
        "missing": ["ACTIONS", "Missing", "Revoked", "missing_list", "revoke_missing"],
        "filing_check": ["check_files"],
        "filings": ["CheckedFilings", "Filing", "SummaryFinding"],
        "folders": ["spreadsheets_in"],
        "filing_import": ["FilingsWritten", "write_filings"],
        "forms_out": ["FormsWritten", "last_values", "write_forms", "write_unit_sheet"],
    },
)
