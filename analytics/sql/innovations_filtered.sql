-- grain: one row per innovation of assessment year $year (null = every year) matching the filters:
-- OPD in scope ($opd_id / $opd_kind), $jenis, $tahapan, and $search (null = no search) found in the
-- name, description, unit, OPD name or urusan, case-insensitively and literally (contains(), not
-- like: '%', '_' and '\' in the search text are characters to find, not wildcards)
with innovations as (
    select * from mart_innovation
),

needle as (
    select lower($search) as text
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
    from innovations, needle
    where ($year is null or year = $year)
      and ($opd_id is null or opd_id = $opd_id)
      and ($opd_kind is null or opd_kind = $opd_kind)
      and ($jenis is null or jenis = $jenis)
      and ($tahapan is null or tahapan = $tahapan)
      and (
          needle.text is null
          or contains(lower(innovation_name), needle.text)
          or contains(lower(coalesce(description, '')), needle.text)
          or contains(lower(coalesce(unit, '')), needle.text)
          or contains(lower(opd_name), needle.text)
          or contains(lower(opd_short_name), needle.text)
          or contains(lower(urusan), needle.text)
      )
)

select * from final
order by year desc, opd_name, innovation_name
