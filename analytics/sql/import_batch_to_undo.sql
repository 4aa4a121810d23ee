-- grain: one row (or none): what the undo of import $batch_id needs to know about it
select kind, target_table, file_name, undone_at
from import_batch
where batch_id = $batch_id
