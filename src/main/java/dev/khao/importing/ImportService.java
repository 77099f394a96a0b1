package dev.khao.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.khao.article.ArticleRequest;
import dev.khao.auth.Actors;
import dev.khao.common.KhaoConfig;
import dev.khao.common.Slugs;
import dev.khao.common.http.BodySizeLimit;
import dev.khao.common.problem.Problem.FieldError;
import dev.khao.common.StrictUtf8;
import dev.khao.common.problem.ProblemException;
import dev.khao.common.problem.ProblemType;
import dev.khao.importing.ImportReport.ImportError;
import dev.khao.importing.ImportWriter.Item;
import dev.khao.importing.ImportWriter.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Bulk import of articles from NDJSON, idempotent by (externalSource, id). The request thread reads and parses
 * lines and resolves section and tag names (creating missing ones, once per import); batches of lines are then
 * written concurrently (by {@code khao.import.parallelism} writers), each in its own transaction through the article service, so a failure loses at most one
 * batch and every article gets the rules and change events of an API write. A batch that fails is retried once
 * (a concurrent batch may have just taken a slug it wanted) and then written line by line, so only the lines
 * that really fail are rejected.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);
    private static final Pattern SOURCE = Pattern.compile("^[a-z0-9][a-z0-9._-]*$");
    /** Bumped whenever what goes into a fingerprint changes, so a re-import rewrites rather than skips. */
    private static final String FINGERPRINT_VERSION = "1\n";
    /** Tries of a line written on its own before a conflict with a concurrent write rejects it. */
    private static final int LINE_ATTEMPTS = 4;

    private final ImportConfig config;
    private final ZoneId newsroomZone;
    private final ImportCatalog catalog;
    private final ImportWriter writer;
    private final Actors actors;
    private final Validator validator;
    private final ObjectReader lineReader;
    private final ObjectWriter fingerprintWriter;
    // One import at a time: concurrent imports would race to create the same sections and tags.
    private final Semaphore running = new Semaphore(1);

    public ImportService(ImportConfig config, KhaoConfig khao, ImportCatalog catalog, ImportWriter writer, Validator validator, ObjectMapper json,
                         Actors actors) {
        this.actors = actors;
        this.config = config;
        this.newsroomZone = khao.timeZone();
        this.catalog = catalog;
        this.writer = writer;
        this.validator = validator;
        this.lineReader = json.readerFor(JsonNode.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.fingerprintWriter = json.writer();
    }

    /** Imports every line of {@code body}; reads it as a stream, so its size is bounded only by the route's limit. */
    public ImportReport importNdjson(String externalSource, InputStream body) {
        if (externalSource == null || externalSource.isBlank() || externalSource.length() > 100 || !SOURCE.matcher(externalSource).matches()) {
            String message = externalSource == null || externalSource.isBlank() ? "is required: the system the lines come from, e.g. thaigov"
                    : "must be up to 100 lower-case letters, digits, dots, underscores and hyphens";
            throw new ProblemException(ProblemType.BAD_PARAMETER, "externalSource: " + message, List.of(new FieldError("externalSource", message)));
        }
        if (!running.tryAcquire()) {
            throw new ProblemException(ProblemType.CONFLICT, "Another import is running; try again when it has finished");
        }
        try {
            return new Run(externalSource, actors.name()).execute(body);
        } finally {
            running.release();
        }
    }

    /** The state of one import. */
    private final class Run {
        private final String source;
        // The writers run outside the request, so the caller's name travels with the run.
        private final String by;
        private final long started = System.nanoTime();
        private final AtomicLong created = new AtomicLong();
        private final AtomicLong updated = new AtomicLong();
        private final AtomicLong unchanged = new AtomicLong();
        private final AtomicLong rejected = new AtomicLong();
        private final TreeSet<ImportError> errors = new TreeSet<>(Comparator.comparingLong(ImportError::line));
        // Only the reading thread resolves names: a UUID, or the reason the name cannot be used.
        private final Map<String, Object> sections = new HashMap<>();
        private final Map<String, Object> tags = new HashMap<>();
        private final Map<String, Integer> writerOf = new HashMap<>();
        private long received;

        Run(String source, String by) {
            this.source = source;
            this.by = by;
        }

        ImportReport execute(InputStream body) {
            // Lines are spread over the writers by the slug their title gives, so articles that would compete for
            // the same slug (base, base-2, …: series of releases with one headline) are written one after another
            // by the same writer instead of racing in two transactions.
            int parallelism = Math.max(1, config.parallelism());
            List<ExecutorService> writers = new ArrayList<>();
            for (int i = 0; i < parallelism; i++) {
                String name = "khao-import-" + (i + 1);
                writers.add(Executors.newSingleThreadExecutor(task -> {
                    Thread thread = new Thread(task, name);
                    thread.setDaemon(true);
                    return thread;
                }));
            }
            // Bounds the batches in memory: one being written per writer, one more waiting for each.
            Semaphore slots = new Semaphore(parallelism * 2);
            List<Future<?>> batches = new ArrayList<>();
            IOException unreadable = null;
            try {
                NdjsonReader reader = new NdjsonReader(body, (int) Math.min(Integer.MAX_VALUE - 16, config.maxLineSize().asLongValue()));
                List<List<Item>> filling = new ArrayList<>();
                for (int i = 0; i < parallelism; i++) {
                    filling.add(new ArrayList<>());
                }
                try {
                    for (NdjsonReader.Line line = reader.next(); line != null; line = reader.next()) {
                        if (line.isBlank()) {
                            continue;
                        }
                        received++;
                        Item item = prepare(line);
                        if (item == null) {
                            continue;
                        }
                        // A later line with an id already seen goes to the writer that has the earlier one, so the
                        // lines of one article are written in the order they were sent even when their titles differ.
                        int writer = writerOf.computeIfAbsent(item.request().externalId(),
                                id -> Math.floorMod((item.request().language() + Slugs.fromTitle(item.request().title())).hashCode(), parallelism));
                        List<Item> batch = filling.get(writer);
                        batch.add(item);
                        if (batch.size() >= config.batchSize()) {
                            batches.add(submit(writers.get(writer), slots, batch));
                            filling.set(writer, new ArrayList<>());
                        }
                    }
                } catch (IOException e) {
                    unreadable = e;
                }
                for (int i = 0; i < parallelism; i++) {
                    if (!filling.get(i).isEmpty()) {
                        batches.add(submit(writers.get(i), slots, filling.get(i)));
                    }
                }
                for (Future<?> written : batches) {
                    await(written);
                }
            } finally {
                writers.forEach(ExecutorService::shutdownNow);
            }
            if (unreadable instanceof BodySizeLimit.TooLarge tooLarge) {
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, tooLarge.getMessage() + "; the "
                        + received + " lines before that point were imported");
            }
            if (unreadable != null) {
                LOG.warnf("Import from %s stopped: the body could not be read after line %d (%s)", source, received, unreadable.getMessage());
                throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The body could not be read to its end; the "
                        + received + " lines before that point were imported");
            }
            if (received == 0) {
                throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The body holds no lines: send one JSON object (an article) per line");
            }
            return report();
        }

        /** Reads, resolves and validates a line; rejects it and answers null when it cannot be imported. */
        private Item prepare(NdjsonReader.Line line) {
            if (line.tooLong()) {
                reject(line.number(), null, "line is longer than " + config.maxLineSize().asLongValue() + " bytes");
                return null;
            }
            if (!StrictUtf8.isValid(line.bytes())) {
                reject(line.number(), null, "is not valid UTF-8");
                return null;
            }
            ImportLine article;
            try {
                article = ImportLine.read(line.number(), lineReader.readValue(line.bytes()), newsroomZone);
            } catch (JsonProcessingException e) {
                // Where, not Jackson's own words: those name its classes and settings (StreamReadConstraints…).
                reject(line.number(), null, "is not valid JSON" + (e.getLocation() == null ? "" : " (column " + e.getLocation().getColumnNr() + ")"));
                return null;
            } catch (IOException e) {
                reject(line.number(), null, "is not valid JSON");
                return null;
            } catch (ImportLine.Rejected e) {
                reject(line.number(), e.externalId, e.getMessage());
                return null;
            }
            try {
                UUID section = article.section() == null || article.section().isBlank() ? null
                        : resolve(sections, article.section().strip(), "category", catalog::section);
                List<UUID> tagIds = new ArrayList<>();
                for (String tag : article.tags()) {
                    UUID id = resolve(tags, tag, "tags", catalog::tag);
                    if (!tagIds.contains(id)) {
                        tagIds.add(id);
                    }
                }
                ArticleRequest request = new ArticleRequest(null, article.language(), article.title(), article.subtitle(), article.summary(),
                        article.bodyHtml(), article.bodyText(), null, section, tagIds, List.of(), List.of(), article.status(),
                        article.publishedAt(), article.canonicalUrl(), article.sourceUrl(), source, article.externalId(), List.of(), null);
                String invalid = violations(request);
                if (invalid != null) {
                    reject(line.number(), article.externalId(), invalid);
                    return null;
                }
                return new Item(article, request, fingerprint(request));
            } catch (Unusable e) {
                reject(line.number(), article.externalId(), e.getMessage());
                return null;
            }
        }

        private UUID resolve(Map<String, Object> cache, String name, String field, java.util.function.Function<String, UUID> lookup) {
            Object known = cache.get(name);
            if (known == null) {
                String invalid = name.length() > 200 ? field + ": '" + name.substring(0, 40) + "…' is longer than 200 characters" : null;
                if (invalid == null) {
                    try {
                        known = lookup.apply(name);
                    } catch (ProblemException e) {
                        invalid = field + ": '" + name + "' cannot be created: " + e.getMessage();
                    }
                }
                known = invalid != null ? invalid : known;
                cache.put(name, known);
            }
            if (known instanceof UUID id) {
                return id;
            }
            throw new Unusable((String) known);
        }

        private String violations(ArticleRequest request) {
            var violations = validator.validate(request);
            if (violations.isEmpty()) {
                return null;
            }
            return violations.stream()
                    .map(v -> fieldOf(v) + ": " + v.getMessage())
                    .sorted()
                    .collect(Collectors.joining("; "));
        }

        private Future<?> submit(ExecutorService workers, Semaphore slots, List<Item> batch) {
            slots.acquireUninterruptibly();
            try {
                return workers.submit(() -> {
                    try {
                        write(batch);
                    } finally {
                        slots.release();
                    }
                });
            } catch (RuntimeException e) {
                slots.release();
                throw e;
            }
        }

        private void write(List<Item> batch) {
            try {
                count(writeBatch(batch));
                return;
            } catch (RuntimeException first) {
                LOG.debugf(first, "Import batch from line %d failed; retrying it", batch.get(0).line().number());
            }
            try {
                count(writeBatch(batch));
                return;
            } catch (RuntimeException again) {
                LOG.debugf(again, "Import batch from line %d failed again; writing it line by line", batch.get(0).line().number());
            }
            for (Item item : batch) {
                for (int attempt = 1; ; attempt++) {
                    try {
                        count(writeBatch(List.of(item)));
                        break;
                    } catch (RuntimeException e) {
                        // A conflict with a concurrent transaction (same slug or id) resolves once that one commits.
                        if (attempt < LINE_ATTEMPTS && isConflict(e)) {
                            pause(attempt * 100L);
                            continue;
                        }
                        reject(item.line().number(), item.request().externalId(), reason(e));
                        break;
                    }
                }
            }
        }

        private List<Outcome> writeBatch(List<Item> batch) {
            return writer.write(source, batch, by);
        }

        private void count(List<Outcome> outcomes) {
            for (Outcome outcome : outcomes) {
                switch (outcome) {
                    case CREATED -> created.incrementAndGet();
                    case UPDATED -> updated.incrementAndGet();
                    case UNCHANGED -> unchanged.incrementAndGet();
                }
            }
        }

        private void reject(long line, String externalId, String reason) {
            rejected.incrementAndGet();
            synchronized (errors) {
                errors.add(new ImportError(line, externalId, reason));
                // Keeps the first lines, whatever order concurrent batches finish in.
                if (errors.size() > config.maxErrors()) {
                    errors.pollLast();
                }
            }
        }

        private ImportReport report() {
            List<ImportError> listed;
            synchronized (errors) {
                listed = List.copyOf(errors);
            }
            long durationMs = (System.nanoTime() - started) / 1_000_000;
            LOG.infof("Imported from %s: %d lines, %d created, %d updated, %d unchanged, %d rejected in %d ms",
                    source, received, created.get(), updated.get(), unchanged.get(), rejected.get(), durationMs);
            return new ImportReport(received, created.get(), updated.get(), unchanged.get(), rejected.get(), listed,
                    rejected.get() - listed.size(), durationMs);
        }
    }

    private String fingerprint(ArticleRequest request) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(FINGERPRINT_VERSION.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest(fingerprintWriter.writeValueAsBytes(request)));
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot fingerprint an article request", e);
        }
    }

    private static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException || t instanceof org.hibernate.exception.LockAcquisitionException
                    || t instanceof jakarta.persistence.OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Why a write failed, in words fit for the report; nothing internal leaks out. */
    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ProblemException problem) {
                return problem.getMessage();
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PersistenceException || t instanceof org.hibernate.exception.ConstraintViolationException) {
                LOG.warn("Import line could not be stored", e);
                return "conflicts with an existing article (same slug or external id written at the same time); import it again";
            }
        }
        LOG.error("Import line could not be stored", e);
        return "could not be stored (the server log has the cause)";
    }

    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for an import batch", e);
        } catch (ExecutionException e) {
            // write() rejects failing lines itself; anything else escaping is a bug worth a 500.
            throw new IllegalStateException("An import batch failed", e.getCause());
        }
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = Objects.toString(violation.getPropertyPath(), "");
        // Bean Validation names list elements tagIds[0].<list element>; the index is what matters.
        return path.replace(".<list element>", "").replace("<list element>", "");
    }

    /** A section or tag name that cannot be used; rejects its line. */
    private static final class Unusable extends RuntimeException {
        Unusable(String reason) {
            super(reason, null, false, false);
        }
    }
}
