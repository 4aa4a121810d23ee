-- grain: one row per assessment year with a goal: minimum index score and minimum OPD coverage
with final as (
    select
        year,
        min_score::double as min_score,
        min_opd_coverage::double as min_opd_coverage,
        source
    from target
)

select * from final
order by year
