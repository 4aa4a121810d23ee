-- writes: one row of data_load (grain: one row per load: a reference or sample file of a build,
-- an import, an undo); returns its load_id. Used by the build and the importer alike.
insert into data_load (
    load_id, kind, target_table, source, sha256, row_count, is_sample, loaded_at, loaded_by, note
)
values (
    nextval('data_load_seq'), $kind, $target_table, $source, $sha256, $row_count, $is_sample,
    $loaded_at, $loaded_by, $note
)
returning load_id
