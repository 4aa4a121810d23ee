-- writes: removes the evidence rows (grain: one row per innovation per indicator) of innovations $ids
delete from innovation_evidence
where innovation_id in (select unnest($ids))
