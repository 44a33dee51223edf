-- near-duplicate candidates of new texts, looked up in the sketch index
-- (article_sketch): stored articles sharing at least $min_shared sketch values
-- with a new text.  A value held by more than $max_df stored articles is a
-- common phrase and ignored; each new text keeps the best article of at most
-- $max_candidates stories, most shared values first.  No texts are read here:
-- pipeline.store.articles fetches only the candidates it confirms.
with probe as (
    select
        unnest($idx) as idx,
        unnest($h) as h
),

matched as (
    select
        s.h,
        s.article_id
    from article_sketch as s
    where s.h in (select p.h from probe as p)
),

usable as (
    select h
    from matched
    group by h
    having count(*) <= $max_df
),

pairs as (
    select
        p.idx,
        m.article_id,
        count(*) as shared
    from probe as p
    inner join matched as m on p.h = m.h
    where m.h in (select u.h from usable as u)
    group by p.idx, m.article_id
    having count(*) >= $min_shared
),

best_per_story as (
    select
        pairs.idx,
        pairs.article_id,
        pairs.shared,
        a.story_id,
        row_number() over (
            partition by pairs.idx, a.story_id
            order by pairs.shared desc, pairs.article_id asc
        ) as story_rank
    from pairs
    inner join articles as a on pairs.article_id = a.article_id
),

ranked as (
    select
        idx,
        article_id,
        story_id,
        shared,
        row_number() over (
            partition by idx order by shared desc, article_id asc
        ) as candidate_rank
    from best_per_story
    where story_rank = 1
)

select
    idx,
    article_id,
    story_id,
    shared
from ranked
where candidate_rank <= $max_candidates
order by idx, candidate_rank;
