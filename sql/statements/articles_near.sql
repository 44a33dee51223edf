-- stored articles within $distance SimHash bits of each new text
-- (candidates only: pipeline.dedup.containment confirms)
select
    n.idx,
    a.article_id,
    a.story_id,
    a.text
from (
    select
        unnest($hashes) as h,
        generate_subscripts($hashes, 1) as idx
) as n
inner join articles as a on bit_count(xor(a.simhash, n.h)) <= $distance;
