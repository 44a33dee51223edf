-- 030_figures: a figure written only in words ("tens of thousands", "ده‌ها
-- هزار", "des milliers") keeps its words and an order of magnitude for
-- sorting; it no longer carries an invented range.  Claims stored before
-- this migration with the detector's conventional range for words get the
-- magnitude instead; `pardonwatch reprocess` recomputes their events.

alter table claims add column count_magnitude bigint;

alter table events add column count_magnitude bigint;

update claims
set
    count_magnitude = case count_low
        when 200000 then 100000
        when 20000 then 10000
        when 2000 then 1000
        when 200 then 100
        else 10
    end,
    count_low = null,
    count_high = null
where
    count is null
    and (count_low, count_high) in (
        (200000, 999999), (20000, 99999), (2000, 9999), (200, 999), (24, 99), (20, 99)
    )
    and not regexp_matches(coalesce(count_text, ''), '[0-9]');
