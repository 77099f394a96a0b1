package dev.khao.search.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khao.article.ArticleFilter;
import dev.khao.article.ArticleService;
import dev.khao.common.KhaoConfig;
import dev.khao.common.paging.Cursor;
import dev.khao.common.paging.PageRequest;
import dev.khao.entity.NamedEntity;
import dev.khao.search.SearchConfig;
import dev.khao.search.index.TermDictionary;
import dev.khao.search.query.SearchRepository.After;
import dev.khao.search.query.SearchRepository.FacetRow;
import dev.khao.search.query.SearchRepository.Hit;
import dev.khao.search.query.SearchRepository.Match;
import dev.khao.search.query.SearchRepository.Ranking;
import dev.khao.search.query.SearchResponse.FacetValue;
import dev.khao.search.query.SearchResponse.Facets;
import dev.khao.search.query.SearchResponse.QuerySummary;
import dev.khao.search.query.SearchResponse.SearchHit;
import dev.khao.search.query.SearchResponse.SearchMeta;
import dev.khao.search.text.Terms;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Runs a search: parses the query, ranks and pages matches in PostgreSQL, then adds highlights and facets. */
@ApplicationScoped
public class SearchService {

    private static final TypeReference<Map<String, String>> NAMES = new TypeReference<>() {
    };

    private final SearchRepository search;
    private final SearchResultCache cache;
    private final SearchSlots slots;
    private final AtOnceSearches atOnceSearches;
    private final ArticleService articleService;
    private final TermDictionary dictionary;
    private final SpellingSuggestions spelling;
    private final SearchConfig config;
    private final KhaoConfig khao;
    private final ObjectMapper json;
    private final Clock clock;

    public SearchService(SearchRepository search, SearchResultCache cache, SearchSlots slots, AtOnceSearches atOnceSearches, ArticleService articleService,
                         TermDictionary dictionary, SpellingSuggestions spelling, SearchConfig config, KhaoConfig khao,
                         ObjectMapper json, Clock clock) {
        this.search = search;
        this.cache = cache;
        this.slots = slots;
        this.atOnceSearches = atOnceSearches;
        this.articleService = articleService;
        this.dictionary = dictionary;
        this.spelling = spelling;
        this.config = config;
        this.khao = khao;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Searches, or answers the response kept for the same {@code request} (its canonical query string) when no content
     * changed since it was computed and the caller allows it ({@code reuse}). Invalid parameters fail before the cache
     * is asked, and before the search waits for one of the {@link SearchSlots}: a request that can only be refused is
     * refused at once, however busy the slots are. The slot is taken before the search's transaction begins, so a
     * search waiting for its turn holds no database connection.
     */
    public SearchResponse search(SearchParams params, String request, boolean reuse) {
        SearchSort sort = SearchSort.parse(params.sort);
        PageRequest page = PageRequest.of(params.cursor, params.limit, khao.paging().defaultLimit(), khao.paging().maxLimit());
        Cursor cursor = Cursor.decode(page.cursor(), sort.param());
        ArticleFilter unresolved = params.filter(khao);
        Terms terms = dictionary.current();
        ParsedQuery parsed = QueryParser.parse(params.q, terms, config.maxQueryLength());
        return slots.run(() -> QuarkusTransaction.joiningExisting().call(() -> {
            // Slugs are looked up in the search's transaction: an unknown one is a 400 only the database can tell.
            ArticleFilter filter = articleService.resolveFilter(unresolved, params.section, params.tag, params.author, params.entity);
            return searchInTransaction(params, request, reuse, new Asked(sort, page, cursor, filter, terms, parsed));
        }));
    }

    /** A search's parameters, checked and parsed. */
    private record Asked(SearchSort sort, PageRequest page, Cursor cursor, ArticleFilter filter, Terms terms, ParsedQuery parsed) {
    }

    private SearchResponse searchInTransaction(SearchParams params, String request, boolean reuse, Asked asked) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<SearchResultCache.Kept> kept = reuse ? cache.get(request, now.toInstant()) : Optional.empty();
        if (kept.isPresent()) {
            // Changes committed through another instance sharing the database empty only that instance's cache.
            if (!search.changedSince(kept.get().snapshot())) {
                cache.hit();
                return kept.get().response();
            }
            cache.stale(request);
        }
        long generation = cache.generation();
        SearchRepository.Started started = search.start(now);
        SearchResponse response = search(params, asked.sort(), asked.page(), asked.cursor(), asked.filter(), asked.terms(), asked.parsed(), now);
        if (cache.enabled()) {
            // Scheduled articles go live by time alone, with no change to empty the cache when they do.
            Instant validUntil = now.toInstant().plus(config.cacheTtl());
            OffsetDateTime next = started.nextScheduled();
            cache.put(request, generation, started.snapshot(), now.toInstant(),
                    next != null && next.toInstant().isBefore(validUntil) ? next.toInstant() : validUntil, response);
        }
        return response;
    }

    private SearchResponse search(SearchParams params, SearchSort sort, PageRequest page, Cursor cursor, ArticleFilter filter,
                                  Terms terms, ParsedQuery parsed, OffsetDateTime now) {
        String tsquery = parsed.tsquery();
        String matchQuery = parsed.matchQuery();
        // Later pages rank by the same reference time as the first, so scores (the keyset) do not drift.
        OffsetDateTime reference = now;
        After after = null;
        if (cursor != null) {
            after = after(cursor, sort);
            if (sort == SearchSort.RELEVANCE) {
                reference = reference(cursor);
            }
        }
        boolean boost = config.freshnessHalfLifeDays() > 0;
        Ranking ranking = new Ranking(boost ? config.freshnessWeight() : 0, boost ? config.freshnessHalfLifeDays() : 1, reference,
                config.rankCandidates());

        // One pass over the index gives the newest matches: they are counted, faceted and ranked, so no query repeats
        // the match, and none of it grows with the number of matches.
        int counted = config.countLimit();
        SearchRepository.Newest read = search.newest(matchQuery, filter, now, null, Math.max(counted, ranking.candidates()) + 1,
                atOnceSearches.atOnce(matchQuery, filter));
        atOnceSearches.remember(matchQuery, filter, read.atOnceNextTime());
        List<Match> newest = read.matches();
        List<Match> candidates = newest.subList(0, Math.min(newest.size(), ranking.candidates()));
        int batch = batch(page.limit() + 1);
        // Candidates are scored and sorted once, even when phrase checks drop hits and the next batch is read.
        List<Hit> bestFirst = sort == SearchSort.RELEVANCE ? SearchRepository.bestFirst(search.scoredInOrder(tsquery, candidates, ranking)) : List.of();
        Function<After, List<Hit>> pageAfter = sort == SearchSort.NEWEST
                ? at -> search.scoredInOrder(tsquery, newestPage(newest, matchQuery, filter, now, at, batch), ranking)
                : at -> SearchRepository.after(bestFirst, at, batch);
        List<Hit> rows = exactly(parsed, pageAfter, after, sort, page.limit() + 1);
        List<Hit> shown = rows.size() > page.limit() ? rows.subList(0, page.limit()) : rows;
        String next = null;
        if (rows.size() > page.limit()) {
            Hit last = shown.get(shown.size() - 1);
            String key = sort == SearchSort.NEWEST ? last.sortAt().toInstant().toString()
                    : last.score() + "@" + reference.toInstant();
            next = new Cursor(sort.param(), key, last.id()).encode();
        }

        Map<UUID, SearchRepository.Shown> byId = search.shown(shown.stream().map(Hit::id).toList());
        Highlighter.Patterns patterns = Highlighter.Patterns.of(parsed.highlightPatterns());
        List<SearchHit> hits = shown.stream().filter(h -> byId.containsKey(h.id())).map(h -> {
            SearchRepository.Shown a = byId.get(h.id());
            String title = a.summary().title();
            return new SearchHit(a.summary(), h.score(), a.bodyStart() != null ? Highlighter.snippets(title, a.bodyStart(), patterns, terms)
                    : Highlighter.snippets(title, a.bodyText(), a.bodySegments(), patterns, terms));
        }).toList();

        List<Match> faceted = newest.subList(0, Math.min(newest.size(), counted));
        List<FacetRow> facetRows = search.facets(faceted);
        long total = faceted.size();
        boolean totalIsLowerBound = newest.size() > counted;
        Facets facets = new Facets(facet(facetRows, "section"), facet(facetRows, "tag"), facet(facetRows, "entity"));

        List<String> didYouMean = total == 0 && cursor == null
                ? List.copyOf(spelling.suggest(params.q, parsed.allOf().stream().flatMap(List::stream).map(ParsedQuery.Term::text).toList()))
                : List.of();
        QuerySummary summary = new QuerySummary(
                parsed.allOf().stream().map(g -> g.stream().map(ParsedQuery.Term::display).toList()).toList(),
                parsed.noneOf().stream().map(ParsedQuery.Term::display).toList(),
                parsed.allOf().stream().flatMap(List::stream).flatMap(t -> t.entities().stream()).distinct().toList());
        return new SearchResponse(hits, new SearchMeta(total, totalIsLowerBound, page.limit(), next, facets, didYouMean, summary));
    }

    /**
     * The first {@code size} hits of the pages {@code pageAfter} reads, starting after {@code after}, that match the
     * exact query. Matching uses word pairs alone (see {@link ParsedQuery#tsquery()}); only the hits about to be shown
     * have their phrases checked position by position, which reads their whole documents.
     */
    private List<Hit> exactly(ParsedQuery parsed, Function<After, List<Hit>> pageAfter, After after, SearchSort sort, int size) {
        String exact = parsed.exact();
        String wanted = parsed.exactWanted();
        boolean checked = !exact.equals(parsed.tsquery());
        List<Hit> kept = new ArrayList<>();
        After at = after;
        while (true) {
            List<Hit> batch = pageAfter.apply(at);
            Set<UUID> matching = checked ? search.matching(exact, wanted, batch.stream().map(Hit::id).toList()) : null;
            for (Hit hit : batch) {
                if (matching == null || matching.contains(hit.id())) {
                    kept.add(hit);
                    if (kept.size() == size) {
                        return kept;
                    }
                }
            }
            // A short batch was the last one; a full one without enough exact matches is followed by the next.
            if (!checked || batch.isEmpty() || batch.size() < batch(size)) {
                return kept;
            }
            Hit last = batch.get(batch.size() - 1);
            at = sort == SearchSort.NEWEST ? new After(null, last.sortAt(), last.id()) : new After(last.score(), null, last.id());
        }
    }

    /** Hits read at a time for a page of {@code size}: a few spare, so a phrase check dropping some rarely needs a second read. */
    private static int batch(int size) {
        return size + Math.max(4, size / 4);
    }

    /**
     * A {@code sort=newest} page: taken from the newest matches already found when the cursor is among them and they
     * hold the whole page (or all matches), else read from the index after the cursor.
     */
    private List<Match> newestPage(List<Match> newest, String matchQuery, ArticleFilter filter, OffsetDateTime now, After after, int size) {
        int from = 0;
        if (after != null) {
            from = -1;
            for (int i = 0; i < newest.size(); i++) {
                if (newest.get(i).id().equals(after.id()) && newest.get(i).sortAt().isEqual(after.sortAt())) {
                    from = i + 1;
                    break;
                }
            }
        }
        boolean complete = newest.size() <= Math.max(config.countLimit(), config.rankCandidates());
        if (from >= 0 && (complete || from + size <= newest.size())) {
            return newest.subList(from, Math.min(newest.size(), from + size));
        }
        return search.newest(matchQuery, filter, now, after, size, false).matches();
    }

    private List<FacetValue> facet(List<FacetRow> rows, String kind) {
        return rows.stream().filter(r -> r.kind().equals(kind))
                .map(r -> new FacetValue(r.id(), r.slug(), kind.equals("entity") ? entityName(r.name()) : r.name(), r.count()))
                .toList();
    }

    private String entityName(String names) {
        try {
            return NamedEntity.orderedNames(json.readValue(names, NAMES)).values().stream().findFirst().orElse("");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored entity name is not a JSON object", e);
        }
    }

    private static After after(Cursor cursor, SearchSort sort) {
        try {
            if (sort == SearchSort.NEWEST) {
                return new After(null, cursor.timeKey(), cursor.id());
            }
            String key = cursor.key();
            double score = Double.parseDouble(key.substring(0, key.indexOf('@')));
            // Scores are finite and never negative; NaN would compare as no score at all (an edited cursor).
            if (!Double.isFinite(score) || score < 0) {
                throw Cursor.invalid();
            }
            return new After(score, null, cursor.id());
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw Cursor.invalid();
        }
    }

    private static OffsetDateTime reference(Cursor cursor) {
        return Cursor.time(cursor.key().substring(cursor.key().indexOf('@') + 1));
    }
}
