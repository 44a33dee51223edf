-- stored articles within $distance SimHash bits of each new text
-- (candidates only: pipeline.dedup.containment confirms)
with new_texts as (
    select unnest($texts, recursive := true)
)

select
    n.idx,
    a.article_id,
    a.story_id,
    a.text
from new_texts as n
inner join articles as a on bit_count(xor(a.simhash, n.h)) <= $distance;
