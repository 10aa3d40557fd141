package dev.marquee.tag;

import java.util.Set;

/**
 * A film or person the tagger can link to.
 *
 * @param type       FILM or PERSON
 * @param id         canonical id (IMDb where known, else Marquee's own stable {@code mq:} id)
 * @param name       canonical name
 * @param key        the name normalized ({@link Names#normalize}): what the catalogue finds the entry by
 * @param year       release year for films, null for people or when unknown
 * @param relatedIds ids of linked entities: a film's nominees, directors and cast; a person's films.
 *                   Co-mention of a related entity is evidence for this one.
 */
public record CatalogueEntry(EntityType type, String id, String name, String key, Integer year, Set<String> relatedIds) {
}
