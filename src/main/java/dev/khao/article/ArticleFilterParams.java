package dev.khao.article;

import dev.khao.common.FourDigitYearValidator;
import dev.khao.common.KhaoConfig;
import dev.khao.common.LowerCaseEnums;
import dev.khao.common.problem.ProblemException;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** The filter and paging parameters article lists and search share, parsed with a clear 400 for anything malformed. */
public class ArticleFilterParams {

    @QueryParam("section")
    @Parameter(description = "Section id or slug", example = "เทคโนโลยี")
    public String section;

    @QueryParam("tag")
    @Parameter(description = "Tag id or slug", example = "ดิจิทัล")
    public String tag;

    @QueryParam("author")
    @Parameter(description = "Author id or slug")
    public String author;

    @QueryParam("entity")
    @Parameter(description = "Named entity id or slug", example = "escap")
    public String entity;

    @QueryParam("language")
    @Parameter(description = "th or en")
    public String language;

    @QueryParam("status")
    @Parameter(description = "Editors: comma-separated statuses (draft, scheduled, published, archived) or `any`. "
            + "Without it, only published articles whose publication time has passed are included.")
    public String status;

    @QueryParam("publishedFrom")
    @Parameter(description = "Published at or after: ISO date (newsroom time zone) or timestamp with offset", example = "2024-05-01")
    public String publishedFrom;

    @QueryParam("publishedTo")
    @Parameter(description = "Published before: ISO date (newsroom time zone) or timestamp with offset", example = "2024-06-01T00:00:00+07:00")
    public String publishedTo;

    @QueryParam("cursor")
    @Parameter(description = "Cursor from `meta.nextCursor` of the previous page")
    public String cursor;

    @QueryParam("limit")
    @Parameter(description = "Page size, 1 to 100 (default 20)")
    public Integer limit;

    public ArticleFilter filter(KhaoConfig config) {
        ArticleLanguage lang = language == null ? null : LowerCaseEnums.parse(ArticleLanguage.class, language)
                .orElseThrow(() -> ProblemException.invalidField("language", "must be one of: " + LowerCaseEnums.allowed(ArticleLanguage.class)));
        OffsetDateTime from = time("publishedFrom", publishedFrom, config.timeZone());
        OffsetDateTime to = time("publishedTo", publishedTo, config.timeZone());
        // An empty range is almost always a mistake, most often one day asked for as publishedFrom=publishedTo.
        if (from != null && to != null && !to.isAfter(from)) {
            throw ProblemException.invalidField("publishedTo", "must be after publishedFrom; it is exclusive, so for one day"
                    + " send the day after (publishedFrom=2024-05-01&publishedTo=2024-05-02)");
        }
        return new ArticleFilter(null, null, null, null, lang, statuses(), from, to);
    }

    private Set<ArticleStatus> statuses() {
        if (status == null || status.isBlank()) {
            return Set.of();
        }
        if (status.equals("any")) {
            return EnumSet.allOf(ArticleStatus.class);
        }
        Set<ArticleStatus> set = EnumSet.noneOf(ArticleStatus.class);
        for (String value : Arrays.stream(status.split(",")).map(String::trim).toList()) {
            set.add(LowerCaseEnums.parse(ArticleStatus.class, value).orElseThrow(() -> ProblemException.invalidField("status",
                    "'" + value + "' is not one of: any, " + LowerCaseEnums.allowed(ArticleStatus.class))));
        }
        return set;
    }

    private static OffsetDateTime time(String field, String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        OffsetDateTime time;
        try {
            time = value.length() == 10 ? LocalDate.parse(value).atStartOfDay(zone).toOffsetDateTime() : OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "must be a date (2024-05-01) or a timestamp with offset (2024-05-01T09:30:00+07:00)");
        }
        // The database's range ends in year 294276; a time past it fails the query instead of matching nothing.
        if (!FourDigitYearValidator.holds(time)) {
            throw ProblemException.invalidField(field, FourDigitYearValidator.RANGE);
        }
        return time;
    }
}
