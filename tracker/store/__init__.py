"""The store: imported files, figures with their revisions, runs and their evaluations.

SQLite (WAL) by default, PostgreSQL when the URL says so; see ``schema`` for
the tables and how a store is opened, ``migrations`` for the schema's versions,
``figures`` for imports and revisions (``rows`` moves their rows in bulk),
``runs`` for the run records, ``lock`` for keeping runs apart.
"""

from tracker.store.figures import (
    ImportRecord,
    StoredFigure,
    current_figures,
    figure_counts,
    figure_history,
    file_digest,
    import_file,
    imports_after_run,
    latest_imports,
    list_imports,
    series_names,
)
from tracker.store.lock import LockBusy, store_lock
from tracker.store.runs import (
    RunRecord,
    abandon_stale_runs,
    begin_run,
    done_months,
    earlier_statuses,
    fail_run,
    finish_run,
    get_run,
    last_done_run,
    list_runs,
    previous_statuses,
    run_evaluation_data,
    running_runs,
    status_history,
)
from tracker.store.schema import (
    DEFAULT_URL,
    SCHEMA_VERSION,
    StoreError,
    describe_url,
    open_store,
    resolve_url,
    sqlite_path,
)

__all__ = [
    "DEFAULT_URL",
    "SCHEMA_VERSION",
    "ImportRecord",
    "LockBusy",
    "RunRecord",
    "StoreError",
    "StoredFigure",
    "abandon_stale_runs",
    "begin_run",
    "current_figures",
    "describe_url",
    "done_months",
    "fail_run",
    "figure_counts",
    "figure_history",
    "file_digest",
    "finish_run",
    "get_run",
    "import_file",
    "imports_after_run",
    "last_done_run",
    "latest_imports",
    "list_imports",
    "list_runs",
    "open_store",
    "earlier_statuses",
    "previous_statuses",
    "run_evaluation_data",
    "resolve_url",
    "running_runs",
    "series_names",
    "sqlite_path",
    "status_history",
    "store_lock",
]
