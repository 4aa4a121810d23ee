-- grain: one row per innovation per assessment year, cleaned (trimmed text, derived flags)
with source as (
    select * from innovation
),

final as (
    select
        innovation_id,
        year,
        opd_id,
        trim(name) as innovation_name,
        nullif(trim(unit), '') as unit,
        jenis,
        jenis = 'digital' as is_digital,
        bentuk,
        tahapan,
        inisiator,
        trim(urusan) as urusan,
        trial_date,
        launch_date,
        nullif(trim(description), '') as description,
        has_change,
        has_measured_impact,
        has_new_method,
        has_collaboration,
        (has_change::int + has_measured_impact::int + has_new_method::int
            + has_collaboration::int) as criteria_met,
        is_sample,
        load_id
    from source
)

select * from final
