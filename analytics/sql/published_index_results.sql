-- grain: one row per region per assessment year: every official, published IID result with its
-- source (the subject region, $subject_region of $subject_province, and other regions); the
-- subject first, then the rest of its province, then by score
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
        region = $subject_region as is_subject,
        province = $subject_province as in_subject_province
    from index_result
)

select * from final
order by year, is_subject desc, in_subject_province desc, score desc, region
