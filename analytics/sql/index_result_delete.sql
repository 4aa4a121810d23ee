-- writes: removes one official index result (grain: one row per region per year)
delete from index_result
where region = $region and year = $year
