-- writes: marks one import (one row of import_batch) undone: when, by whom, the undo's data_load row
update import_batch
set undone_at = $undone_at, undone_by = $undone_by, undo_load_id = $undo_load_id
where batch_id = $batch_id
