-- grain: one row per stored row that one import added, changed or removed
select seq, row_key, action, changed_fields
from import_change
where batch_id = $batch_id
order by seq
