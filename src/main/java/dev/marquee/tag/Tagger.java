package dev.marquee.tag;

import dev.marquee.ingest.Article;

import java.util.List;

/**
 * Finds the films, people and award bodies of an article, with exact offsets, linked to the catalogue.
 *
 * <p>A pure function of the article and the catalogue's current content. One instance is shared by all
 * stream threads: it holds no per-call state, and the OpenNLP tools it uses are per thread (see
 * {@link TextAnalyzer}).
 *
 * <p>Passes, in {@link #tag}'s order, each over the token list once (lookups are hash lookups, so the work is
 * linear in the text times the longest catalogue name). A pass takes the tokens it accepts, so later passes
 * do not read them again:
 * <ol>
 *   <li>award bodies from a built-in alias table, category phrases, "&lt;Name&gt; Awards / Prize / Festival"
 *       patterns and the ceremony each names ({@link AwardFinder});</li>
 *   <li>film characters the text names as such ({@link CharacterFinder});</li>
 *   <li>catalogue spans: from each capitalized token, the longest run of up to
 *       {@link Catalogue#maxNameTokens()} words whose normalized form is a catalogue name; spans never overlap
 *       ({@link CatalogueSpans});</li>
 *   <li>people: catalogue full names, then capitalized name sequences not in the catalogue that have
 *       person evidence ({@link PersonFinder}), then single surnames or first names resolved to a full name of
 *       the article ({@link NameResolver});</li>
 *   <li>films: a catalogue title is kept when its evidence suffices for how ambiguous it is
 *       ({@link FilmEvidence});</li>
 *   <li>lone surnames of catalogue people related to the films found ("Kubrick" beside his film);</li>
 *   <li>films the catalogue lacks, where only a film's title stands ({@link FilmSlots}).</li>
 * </ol>
 *
 * <p>Confidence is a documented heuristic, not yet calibrated: each mention gets a score from the kind of
 * evidence it has (constants of each pass); an entity takes its best mention's score plus 0.02 per further
 * mention, at most 0.99 ({@link EntityGrouper}).
 */
public final class Tagger {

    private final Catalogue catalogue;

    public Tagger(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public List<TaggedEntity> tag(Article article) {
        String text = article.text() == null ? "" : article.text();
        TaggingRun run = new TaggingRun(catalogue, article, text, TextAnalyzer.analyze(text));
        AwardFinder awards = new AwardFinder(run);
        awards.findAwardAliases();
        awards.findCategories();
        awards.findAwardPatterns();
        awards.findCeremonies();
        new CharacterFinder(run).findCharacters();
        new CatalogueSpans(run).findCatalogueHits();
        PersonFinder people = new PersonFinder(run);
        people.findCataloguePeople();
        people.findUnlistedPeople();
        NameResolver names = new NameResolver(run);
        names.resolveSharedSurnames();
        names.resolvePartialNames();
        names.attachAliases();
        new FilmEvidence(run).accept();
        names.resolveSurnamesOfRelatedPeople();
        new FilmSlots(run).findUnlistedFilms();
        return new EntityGrouper(run).group();
    }
}
