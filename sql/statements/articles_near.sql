-- stored articles sharing at least $min_shared MinHash sketch values with
-- each new text (candidates only: pipeline.dedup.containment confirms)
with new_texts as (
    select unnest($texts, recursive := true)
),

new_hashes as (
    select
        idx,
        unnest(sketch) as h
    from new_texts
),

stored_hashes as (
    select
        article_id,
        unnest(sketch) as h
    from articles
)

select
    n.idx,
    a.article_id,
    a.story_id,
    a.text
from new_hashes as n
inner join stored_hashes as s on n.h = s.h
inner join articles as a on s.article_id = a.article_id
group by n.idx, a.article_id, a.story_id, a.text
having count(*) >= $min_shared;
