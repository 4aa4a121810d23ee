-- grain: one row per attribute per value (jenis, bentuk, tahapan, inisiator, urusan, and the four
-- criteria perubahan / dampak terukur / metode baru / kolaborasi) for the innovations of $year that
-- match the filters; `n_of` is the number of innovations the count is out of
with innovations as (
    select *
    from mart_innovation
    where year = $year
      and ($opd_id is null or opd_id = $opd_id)
      and ($opd_kind is null or opd_kind = $opd_kind)
      and ($jenis is null or jenis = $jenis)
      and ($tahapan is null or tahapan = $tahapan)
),

total as (
    select count(*)::integer as n_of, coalesce(bool_or(is_sample), false) as has_sample
    from innovations
),

attribute_counts as (
    select 'jenis' as attribute, jenis as value, count(*) as n from innovations group by jenis
    union all
    select 'bentuk', bentuk, count(*) from innovations group by bentuk
    union all
    select 'tahapan', tahapan, count(*) from innovations group by tahapan
    union all
    select 'inisiator', inisiator, count(*) from innovations group by inisiator
    union all
    select 'urusan', urusan, count(*) from innovations group by urusan
),

criteria_counts as (
    -- every criterion gets a row, also when no innovation meets it
    select 'kriteria' as attribute, 'perubahan' as value, count(*) filter (where has_change) as n
    from innovations
    union all
    select 'kriteria', 'dampak terukur', count(*) filter (where has_measured_impact) from innovations
    union all
    select 'kriteria', 'metode baru', count(*) filter (where has_new_method) from innovations
    union all
    select 'kriteria', 'kolaborasi', count(*) filter (where has_collaboration) from innovations
    union all
    select 'kriteria', 'keempatnya', count(*) filter (where criteria_met = 4) from innovations
),

final as (
    select c.attribute, c.value, c.n::integer as n, t.n_of, t.has_sample
    from (select * from attribute_counts union all select * from criteria_counts) as c
    cross join total as t
)

select * from final
order by attribute, n desc, value
