-- grain: one row: the batch_id the next import gets (ids are never reused, undone ones included)
select coalesce(max(batch_id), 0) + 1 as batch_id
from import_batch
