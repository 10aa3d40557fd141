package dev.marquee.tag;

import java.util.ArrayList;
import java.util.List;

/**
 * A catalogue span: tokens [from, to), its normalized key and the entries it names. A span naming a company or a
 * place (the films data credits a director "South Korean") still stands, with no people, so its words are not read
 * as an unlisted person's name either.
 */
final class Hit {

    private static final String IMDB_COMPANY_PREFIX = "co";

    final int from;
    final int to;
    final int words;
    /** The normalized name the catalogue knows the span by. */
    final String key;
    final List<CatalogueEntry> films = new ArrayList<>();
    final List<CatalogueEntry> people = new ArrayList<>();
    /**
     * What follows the title, as written, when the span is a sequel the catalogue lacks: " 4" in "Despicable Me 4",
     * ": Folie a Deux" in "Joker: Folie a Deux"; else null.
     */
    final String sequel;
    boolean taken;

    /**
     * {@code sequel}, when not null, makes tokens [from, to) a sequel of the films titled {@code key}, its number or
     * subtitle the last tokens: weighed as the title is, and named as the title with them, an entity of its own
     * outside the catalogue.
     */
    Hit(int from, int to, int words, String key, List<CatalogueEntry> entries, String sequel) {
        this.from = from;
        this.to = to;
        this.words = words;
        this.key = key;
        this.sequel = sequel;
        boolean companyName = false;
        for (CatalogueEntry e : entries) {
            companyName |= isCompany(e);
        }
        for (CatalogueEntry e : entries) {
            if (e.type() == EntityType.FILM) {
                films.add(e);
            } else if (sequel == null && !companyName) {
                people.add(e);
            }
        }
        if (!people.isEmpty() && Places.contains(key)) {
            people.clear();
        }
    }

    /**
     * The awards data lists some nominees by IMDb company id ("Warner Bros.", co…): the catalogue keeps them as
     * nominees, but a company is no person, and the tagger has no type for it. Rows without ids give the same name an
     * id of Marquee's own, so a name that has a company id anywhere is the company's wherever it appears.
     */
    private static boolean isCompany(CatalogueEntry entry) {
        return entry.id().startsWith(IMDB_COMPANY_PREFIX);
    }
}
