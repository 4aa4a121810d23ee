-- grain: one row per SID indicator for innovation $innovation_id: its evidence level (0 = none)
with final as (
    select
        ordinal,
        indicator_code,
        indicator_name,
        mandatory,
        level,
        is_sample
    from mart_innovation_evidence
    where innovation_id = $innovation_id
)

select * from final
order by ordinal
