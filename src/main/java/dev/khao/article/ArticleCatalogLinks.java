package dev.khao.article;

import dev.khao.author.Author;
import dev.khao.common.CatalogEntity;
import dev.khao.common.CatalogLinks;
import dev.khao.common.ContentChanged;
import dev.khao.common.ContentChanged.Change;
import dev.khao.common.ContentChanged.ContentType;
import dev.khao.common.LowerCaseEnums;
import dev.khao.entity.NamedEntity;
import dev.khao.section.Section;
import dev.khao.tag.Tag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Unlinks articles from a section, tag, author or entity that is trashed or purged with {@code force}, and links them
 * again on restore. Every article whose links change is an article write: new updatedAt/updatedBy and version, and
 * its own UPDATED event, so its revisions and search document record the change.
 */
@ApplicationScoped
public class ArticleCatalogLinks implements CatalogLinks {

    private final ArticleRepository articles;
    private final EntityManager em;
    private final Event<ContentChanged> changes;
    private final Clock clock;

    public ArticleCatalogLinks(ArticleRepository articles, EntityManager em, Event<ContentChanged> changes, Clock clock) {
        this.articles = articles;
        this.em = em;
        this.changes = changes;
        this.clock = clock;
    }

    @Override
    public long countArticles(ContentType type, UUID id) {
        String sql = switch (type) {
            case SECTION -> "SELECT count(*) FROM articles WHERE section_id = ?1";
            case TAG -> "SELECT count(*) FROM article_tags WHERE tag_id = ?1";
            case AUTHOR -> "SELECT count(*) FROM article_authors WHERE author_id = ?1";
            case ENTITY -> "SELECT count(*) FROM article_entities WHERE entity_id = ?1";
            case ARTICLE -> throw new IllegalArgumentException("Articles are not catalog content");
        };
        return ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue();
    }

    @Override
    public void lockArticles(ContentType type, UUID id) {
        linkedArticlesLocked(type, id);
    }

    private List<Article> linkedArticlesLocked(ContentType type, UUID id) {
        String using = switch (type) {
            case SECTION -> "section.id = ?1";
            case TAG -> "id in (select a.id from Article a join a.tags t where t.id = ?1)";
            case AUTHOR -> "id in (select a.id from Article a join a.authors w where w.id = ?1)";
            case ENTITY -> "id in (select a.id from Article a join a.entityLinks l where l.entity.id = ?1)";
            case ARTICLE -> throw new IllegalArgumentException("Articles are not catalog content");
        };
        // In id order, so two deletes whose rows share articles wait for each other rather than deadlock.
        return articles.find(using + " order by id", id).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    @Override
    public void unlink(ContentType type, UUID id, String by, boolean remember) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Article> changed = linkedArticlesLocked(type, id);
        for (Article article : changed) {
            int position = 0;
            String role = null;
            switch (type) {
                case SECTION -> article.section = null;
                case TAG -> position = remove(article.tags, id);
                case AUTHOR -> position = remove(article.authors, id);
                default -> {
                    position = indexOf(article.entityLinks.stream().map(l -> l.entity).toList(), id);
                    role = LowerCaseEnums.name(article.entityLinks.remove(position).role);
                }
            }
            if (remember) {
                em.createNativeQuery("INSERT INTO trashed_links (kind, owner_id, article_id, position, role) VALUES (?1, ?2, ?3, ?4, ?5)"
                                + " ON CONFLICT DO NOTHING")
                        .setParameter(1, LowerCaseEnums.name(type)).setParameter(2, id).setParameter(3, article.id)
                        .setParameter(4, position).setParameter(5, role).executeUpdate();
            }
            touch(article, now, by);
        }
        announce(changed);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void relink(ContentType type, UUID id, String by) {
        List<Object[]> remembered = em.createNativeQuery("SELECT article_id, position, role FROM trashed_links WHERE kind = ?1 AND owner_id = ?2"
                        + " ORDER BY article_id")
                .setParameter(1, LowerCaseEnums.name(type)).setParameter(2, id).getResultList();
        forget(type, id);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Article> changed = new ArrayList<>();
        for (Object[] row : remembered) {
            Article article = articles.findById((UUID) row[0], LockModeType.PESSIMISTIC_WRITE);
            if (article == null) {
                // Purged since the links were read (its remembered links went with it).
                continue;
            }
            int position = ((Number) row[1]).intValue();
            // An article edited meanwhile keeps what it has: the link comes back only where it still fits.
            boolean linked = switch (type) {
                case SECTION -> article.section == null && (article.section = em.find(Section.class, id)) != null;
                case TAG -> insert(article.tags, em.find(Tag.class, id), position);
                case AUTHOR -> insert(article.authors, em.find(Author.class, id), position);
                default -> indexOf(article.entityLinks.stream().map(l -> l.entity).toList(), id) < 0
                        && insertLink(article, em.find(NamedEntity.class, id), LowerCaseEnums.parse(EntityRole.class, (String) row[2])
                        .orElse(EntityRole.MENTIONED), position);
            };
            if (linked) {
                touch(article, now, by);
                changed.add(article);
            }
        }
        announce(changed);
    }

    @Override
    public void forget(ContentType type, UUID id) {
        em.createNativeQuery("DELETE FROM trashed_links WHERE kind = ?1 AND owner_id = ?2")
                .setParameter(1, LowerCaseEnums.name(type)).setParameter(2, id).executeUpdate();
    }

    private void announce(List<Article> changed) {
        articles.flush();
        changed.forEach(article -> changes.fire(new ContentChanged(ContentType.ARTICLE, article.id, Change.UPDATED)));
    }

    private static void touch(Article article, OffsetDateTime now, String by) {
        article.updatedAt = now;
        article.updatedBy = by;
    }

    private static boolean insertLink(Article article, NamedEntity entity, EntityRole role, int position) {
        article.entityLinks.add(Math.min(position, article.entityLinks.size()), new EntityLink(entity, role));
        return true;
    }

    private static <T extends CatalogEntity> boolean insert(List<T> list, T row, int position) {
        if (indexOf(list, row.id) >= 0) {
            return false;
        }
        list.add(Math.min(position, list.size()), row);
        return true;
    }

    private static <T extends CatalogEntity> int remove(List<T> list, UUID id) {
        int position = indexOf(list, id);
        list.remove(position);
        return position;
    }

    private static int indexOf(List<? extends CatalogEntity> list, UUID id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id.equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
