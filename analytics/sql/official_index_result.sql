-- grain: one row per region per assessment year: the official, published result of $region in $year
with final as (
    select
        region,
        year,
        score::double as score,
        predicate,
        source
    from index_result
    where region = $region
      and year = $year
)

select * from final
