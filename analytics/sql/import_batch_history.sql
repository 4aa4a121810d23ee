-- grain: one row per import of a file (newest first), with what it changed and whether it was undone
select
    batch_id,
    kind,
    file_name,
    sha256,
    rows_in_file,
    rows_added,
    rows_updated,
    rows_unchanged,
    rows_removed,
    replace_sample,
    imported_by,
    imported_at,
    undone_at,
    undone_by
from import_batch
order by batch_id desc
