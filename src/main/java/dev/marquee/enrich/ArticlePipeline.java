package dev.marquee.enrich;

import dev.marquee.awards.ReferenceIndex;
import dev.marquee.config.AppVersion;
import dev.marquee.ingest.Article;
import dev.marquee.tag.Languages;
import dev.marquee.tag.Tagger;

import java.time.Clock;

/** Tag, then join: the whole per-article computation, shared by the stream app, the {@code tag} command and the benchmarks. */
public final class ArticlePipeline {

    private final Tagger tagger;
    private final Enricher enricher;

    public ArticlePipeline(Tagger tagger, Enricher enricher) {
        this.tagger = tagger;
        this.enricher = enricher;
    }

    /** The production pipeline: tagging against the reference index, joining with the same index. */
    public static ArticlePipeline over(ReferenceIndex index, Clock clock) {
        return new ArticlePipeline(new Tagger(index), new Enricher(index, clock, AppVersion.get()));
    }

    /** An article without a language gets the one its text shows, so non-English text is marked, not read as English. */
    public EnrichedArticle process(Article article) {
        Article a = article.language() != null ? article : article.withLanguage(Languages.detect(article.text()));
        return enricher.enrich(a, tagger.tag(a));
    }
}
