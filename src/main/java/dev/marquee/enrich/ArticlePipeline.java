package dev.marquee.enrich;

import dev.marquee.ingest.Article;
import dev.marquee.tag.Tagger;

/** Tag, then join: the whole per-article computation, shared by the stream app, the {@code tag} command and the benchmarks. */
public final class ArticlePipeline {

    private final Tagger tagger;
    private final Enricher enricher;

    public ArticlePipeline(Tagger tagger, Enricher enricher) {
        this.tagger = tagger;
        this.enricher = enricher;
    }

    public EnrichedArticle process(Article article) {
        return enricher.enrich(article, tagger.tag(article));
    }
}
