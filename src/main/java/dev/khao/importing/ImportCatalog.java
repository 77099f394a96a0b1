package dev.khao.importing;

import dev.khao.common.Slugs;
import dev.khao.section.SectionRepository;
import dev.khao.section.SectionRequest;
import dev.khao.section.SectionService;
import dev.khao.tag.TagRepository;
import dev.khao.tag.TagRequest;
import dev.khao.tag.TagService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * Finds the sections and tags an import names, creating missing ones through their services (so they get the same
 * slugs, sort keys and change events as API writes). A name matches a section or tag of that exact name, else one
 * whose slug is the name's slug (so "COVID-19" finds the tag "covid 19" rather than creating "covid-19-2").
 */
@ApplicationScoped
public class ImportCatalog {

    private final SectionRepository sections;
    private final SectionService sectionService;
    private final TagRepository tags;
    private final TagService tagService;

    public ImportCatalog(SectionRepository sections, SectionService sectionService, TagRepository tags, TagService tagService) {
        this.sections = sections;
        this.sectionService = sectionService;
        this.tags = tags;
        this.tagService = tagService;
    }

    @Transactional
    public UUID section(String name) {
        return sections.find("name = ?1 and deletedAt is null", name).firstResultOptional()
                .or(() -> sections.findBySlug(Slugs.fromTitle(name)))
                .map(s -> s.id)
                .orElseGet(() -> sectionService.create(new SectionRequest(null, name, null, null)).id());
    }

    @Transactional
    public UUID tag(String name) {
        return tags.find("name = ?1 and deletedAt is null", name).firstResultOptional()
                .or(() -> tags.findBySlug(Slugs.fromTitle(name)))
                .map(t -> t.id)
                .orElseGet(() -> tagService.create(new TagRequest(null, name, null, null)).id());
    }
}
