-- grain: one row: the first innovation_id a new imported innovation gets, above every id stored
-- now and every id the import history ever gave (an undone insert's id is never given again)
select greatest(
    (select coalesce(max(innovation_id), 0) from innovation),
    (select coalesce(max(row_id), 0) from import_change)
) + 1 as innovation_id
