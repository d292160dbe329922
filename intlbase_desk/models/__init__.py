"""The tables. Importing this package registers every table on ``SQLModel.metadata``.

The schema itself is created and changed only by intlbase_desk/migrations; a test checks that
these classes and the migrated schema agree.
"""

from intlbase_desk.models.application import Application
from intlbase_desk.models.audit_entry import AuditEntry
from intlbase_desk.models.base import Base
from intlbase_desk.models.calendar import CalendarDay, CalendarYear
from intlbase_desk.models.call import (
    ApplicationCheck,
    ApplicationEvent,
    ApplicationMetric,
    Call,
)
from intlbase_desk.models.certificate import (
    Certificate,
    CertificateCounter,
    CertificatePrint,
    PlaqueRecovery,
)
from intlbase_desk.models.column_mapping import ColumnMapping
from intlbase_desk.models.evaluation import (
    EvaluationOutcome,
    EvaluationRound,
    EvaluationTarget,
    MajorChange,
    PanelDraw,
    PanelMember,
    Score,
    ScoreImport,
    ScoreNote,
)
from intlbase_desk.models.expert import Expert, ExpertEmployment, ExpertRelation
from intlbase_desk.models.import_batch import ImportBatch
from intlbase_desk.models.meta import Meta
from intlbase_desk.models.office_setting import OfficeSetting
from intlbase_desk.models.organization import Organization
from intlbase_desk.models.status_change import StatusChange
from intlbase_desk.models.summary import (
    SummaryAttachment,
    SummaryCampaign,
    SummarySubmission,
    SummaryTarget,
)

__all__ = [
    "Application",
    "ApplicationCheck",
    "ApplicationEvent",
    "ApplicationMetric",
    "AuditEntry",
    "Base",
    "CalendarDay",
    "CalendarYear",
    "Call",
    "Certificate",
    "CertificateCounter",
    "CertificatePrint",
    "ColumnMapping",
    "EvaluationOutcome",
    "EvaluationRound",
    "EvaluationTarget",
    "Expert",
    "ExpertEmployment",
    "ExpertRelation",
    "ImportBatch",
    "MajorChange",
    "Meta",
    "OfficeSetting",
    "Organization",
    "PanelDraw",
    "PanelMember",
    "PlaqueRecovery",
    "Score",
    "ScoreImport",
    "ScoreNote",
    "StatusChange",
    "SummaryAttachment",
    "SummaryCampaign",
    "SummarySubmission",
    "SummaryTarget",
]
