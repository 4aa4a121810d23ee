-- writes: one row of import_batch (grain: one row per import of a user's file); undone_* stay null
insert into import_batch (
    batch_id, load_id, kind, target_table, file_name, sha256, rows_in_file, rows_added,
    rows_updated, rows_unchanged, rows_removed, replace_sample, imported_by, imported_at
)
values (
    $batch_id, $load_id, $kind, $target_table, $file_name, $sha256, $rows_in_file, $rows_added,
    $rows_updated, $rows_unchanged, $rows_removed, $replace_sample, $imported_by, $imported_at
)
