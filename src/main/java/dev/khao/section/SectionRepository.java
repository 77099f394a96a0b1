package dev.khao.section;

import dev.khao.common.CatalogRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries over sections. */
@ApplicationScoped
public class SectionRepository implements CatalogRepository<Section> {

    @Override
    public String articleLinks() {
        return "SELECT section_id, id FROM articles";
    }
}
