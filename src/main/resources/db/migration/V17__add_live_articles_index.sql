-- Editors' list of every article not in the trash (?status=any), newest first: V15's index holds only public
-- articles and the (status, sort_at) index cannot give one order across four statuses, so every page read and
-- sorted all articles (180 ms on 87,000, and as much again to count them).
CREATE INDEX articles_live_sort_idx ON articles (sort_at, id) WHERE deleted_at IS NULL;
