-- grain: one row per import after $batch_id that still stands (not undone), oldest first: the
-- ones to undo first when an undo finds its rows changed since
select batch_id
from import_batch
where batch_id > $batch_id and undone_at is null
order by batch_id
