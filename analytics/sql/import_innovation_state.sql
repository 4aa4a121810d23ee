-- grain: one row per stored innovation of the given assessment years, every column (the state an
-- import compares with, records in its history and restores on undo)
select
    innovation_id, year, opd_id, name, unit, jenis, bentuk, tahapan, inisiator, urusan,
    trial_date, launch_date, description, has_change, has_measured_impact, has_new_method,
    has_collaboration, is_sample, load_id
from innovation
where list_contains($years::integer[], year)
order by innovation_id
