-- grain: one row per stored row import $batch_id added, changed or removed, in its order, with the
-- row's full state before and after (JSON text; null where it did not exist)
select row_key, action, before_json, after_json
from import_change
where batch_id = $batch_id
order by seq
