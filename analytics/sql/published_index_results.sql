-- grain: one row per region per assessment year: every official, published IID result with its
-- source (Pati and other regions); Central Java first, then by score
with final as (
    select
        region,
        province,
        kind,
        year,
        score::double as score,
        predicate,
        rank,
        rank_scope,
        source,
        region = 'Kabupaten Pati' as is_pati,
        province = 'Jawa Tengah' as is_central_java
    from index_result
)

select * from final
order by year, is_pati desc, is_central_java desc, score desc, region
