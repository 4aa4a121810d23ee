-- writes: removes the innovations $ids (grain: one row per innovation); their evidence goes first
-- (innovation_evidence_delete.sql)
delete from innovation
where innovation_id in (select unnest($ids))
