-- grain: one row per innovation of assessment year $year (null = every year) matching the filters:
-- OPD in scope ($opd_id / $opd_kind), $jenis, $tahapan, and $search (null = no search) found in the
-- name, description, unit, OPD name or urusan
with innovations as (
    select * from mart_innovation
),

final as (
    select
        innovation_id,
        year,
        innovation_name,
        opd_id,
        opd_name,
        opd_short_name,
        opd_kind,
        is_kecamatan,
        unit,
        jenis,
        is_digital,
        bentuk,
        tahapan,
        inisiator,
        urusan,
        trial_date::date as trial_date,
        launch_date::date as launch_date,
        description,
        has_change,
        has_measured_impact,
        has_new_method,
        has_collaboration,
        criteria_met,
        is_sample
    from innovations
    where ($year is null or year = $year)
      and ($opd_id is null or opd_id = $opd_id)
      and ($opd_kind is null or opd_kind = $opd_kind)
      and ($jenis is null or jenis = $jenis)
      and ($tahapan is null or tahapan = $tahapan)
      and (
          $search is null
          or innovation_name ilike '%' || $search || '%'
          or coalesce(description, '') ilike '%' || $search || '%'
          or coalesce(unit, '') ilike '%' || $search || '%'
          or opd_name ilike '%' || $search || '%'
          or opd_short_name ilike '%' || $search || '%'
          or urusan ilike '%' || $search || '%'
      )
)

select * from final
order by year desc, opd_name, innovation_name
