package dev.khao.search.suggest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khao.common.LowerCaseEnums;
import dev.khao.common.problem.ProblemException;
import dev.khao.entity.EntityType;
import dev.khao.entity.NamedEntity;
import dev.khao.search.suggest.SuggestResponse.SuggestMeta;
import dev.khao.search.suggest.SuggestResponse.Suggestion;
import dev.khao.search.suggest.SuggestResponse.SuggestionType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Type-ahead over entity names and aliases, tag and section names and published article titles. */
@ApplicationScoped
public class SuggestService {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 50;
    public static final int MAX_QUERY_LENGTH = 100;

    private static final TypeReference<Map<String, String>> NAMES = new TypeReference<>() {
    };

    private final SuggestRepository lookup;
    private final ObjectMapper json;
    private final Clock clock;

    public SuggestService(SuggestRepository lookup, ObjectMapper json, Clock clock) {
        this.lookup = lookup;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public SuggestResponse suggest(String query, Integer limit) {
        String q = checkedQuery(query);
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ProblemException.invalidField("limit", "must be between 1 and " + MAX_LIMIT);
        }
        // The application's clock, as everywhere else visibility is decided: a scheduled title appears when it goes live.
        List<Suggestion> data = lookup.prefixMatches(q, size, OffsetDateTime.now(clock)).stream().map(this::toSuggestion).toList();
        return new SuggestResponse(data, new SuggestMeta(size, q));
    }

    /** The query trimmed; blank or longer than {@link #MAX_QUERY_LENGTH} characters is a 400. */
    static String checkedQuery(String query) {
        if (query == null || query.isBlank()) {
            throw ProblemException.invalidField("q", "must not be blank");
        }
        String q = query.strip();
        if (q.codePointCount(0, q.length()) > MAX_QUERY_LENGTH) {
            throw ProblemException.invalidField("q", "must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        return q;
    }

    private Suggestion toSuggestion(SuggestRepository.Hit hit) {
        SuggestionType type = SuggestionType.of(hit.kind());
        return switch (type) {
            case ENTITY -> new Suggestion(type, hit.id(), hit.slug(), hit.label(), displayName(hit.entityNames()), null,
                    LowerCaseEnums.parse(EntityType.class, hit.entityType()).orElse(null), null);
            case TAG, SECTION -> new Suggestion(type, hit.id(), hit.slug(), hit.label(), hit.display(), null, null, null);
            case ARTICLE -> new Suggestion(type, hit.id(), hit.slug(), hit.label(), null, hit.display(), null, hit.language());
        };
    }

    /** The entity's display name by the entity's own rule (Thai, else English, else the first by language code). */
    private String displayName(String names) {
        try {
            return NamedEntity.orderedNames(json.readValue(names, NAMES)).values().stream().findFirst().orElse("");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored entity names are not a JSON object", e);
        }
    }
}
