package vg.search;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import org.apache.lucene.analysis.icu.ICUCollationDocValuesField;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;

/** Turns an {@link IndexedTone} into a Lucene document; the tone itself travels whole as its {@link ToneRecord}. */
final class ToneDocuments {
    /** Titles beyond this length add nothing to the order and could exceed the doc-value limit. */
    private static final int SORT_KEY_MAX_CHARS = 200;
    static final int EXACT_TITLE_MAX_WORDS = 64;
    /**
     * The match field keeps term frequencies, which carry a word's weight, and nothing more: no positions (phrases
     * are matched in the title's own field), and no length norms, as a tone's length there counts how many spellings
     * its words happen to have rather than how long its title is.
     */
    private static final FieldType MATCH_TYPE = matchType();

    private final ToneAnalyzers analyzers;
    private final FacetsConfig facetsConfig;
    private final Collator titleOrder;
    private final MatchTerms matchTerms;

    ToneDocuments(ToneAnalyzers analyzers, FacetsConfig facetsConfig) {
        this.analyzers = analyzers;
        this.matchTerms = new MatchTerms(analyzers);
        this.facetsConfig = facetsConfig;
        Collator collator = Collator.getInstance(new ULocale("ru"));
        collator.setStrength(Collator.SECONDARY);
        this.titleOrder = collator.freeze();
    }

    static FacetsConfig facetsConfig() {
        // both dimensions are single-valued and flat, FacetsConfig's defaults
        return new FacetsConfig();
    }

    static Term idTerm(long id) {
        return new Term(ToneFields.ID, Long.toString(id));
    }

    /** The normalised whole title, the key of "exact title first"; the query side builds it the same way. */
    String exactTitleKey(String text) {
        return Tokens.joined(analyzers.plain(), text, EXACT_TITLE_MAX_WORDS);
    }

    String exactTitleTranslitKey(String text) {
        return Tokens.joined(analyzers.translit(), text, EXACT_TITLE_MAX_WORDS);
    }

    Document toDocument(IndexedTone tone) throws java.io.IOException {
        String title = orEmpty(tone.title());
        String artist = orEmpty(tone.artist());
        String tags = orEmpty(tone.tags());
        Document doc = new Document();
        doc.add(new StringField(ToneFields.ID, Long.toString(tone.id()), Field.Store.NO));
        doc.add(new NumericDocValuesField(ToneFields.ID_SORT, tone.id()));
        doc.add(new BinaryDocValuesField(ToneFields.RECORD, ToneRecord.encode(tone)));

        // always indexed, empty when absent
        doc.add(new Field(ToneFields.MATCH, matchTerms.of(title, artist, tags), MATCH_TYPE));
        doc.add(new TextField(ToneFields.TITLE_PLAIN, title, Field.Store.NO));
        doc.add(new StringField(ToneFields.TITLE_EXACT, exactTitleKey(title), Field.Store.NO));
        doc.add(new StringField(ToneFields.TITLE_EXACT_TRANSLIT, exactTitleTranslitKey(title), Field.Store.NO));

        // a facet value must be non-empty; a tone without one is simply not counted in that dimension
        if (!isBlank(tone.themeId())) doc.add(new SortedSetDocValuesFacetField(ToneFields.THEME_DIM, tone.themeId()));
        if (!isBlank(tone.kind())) doc.add(new SortedSetDocValuesFacetField(ToneFields.KIND_DIM, tone.kind()));

        doc.add(new NumericDocValuesField(ToneFields.PRICE, tone.priceKopecks()));
        doc.add(new NumericDocValuesField(ToneFields.POPULARITY, tone.popularity()));
        doc.add(new NumericDocValuesField(ToneFields.WEEK_PLAYS, tone.weekPlays()));
        doc.add(new NumericDocValuesField(ToneFields.PUBLISHED_AT, tone.publishedAt()));

        ICUCollationDocValuesField sortKey = new ICUCollationDocValuesField(ToneFields.TITLE_SORT, titleOrder);
        sortKey.setStringValue(title.length() > SORT_KEY_MAX_CHARS ? title.substring(0, SORT_KEY_MAX_CHARS) : title);
        doc.add(sortKey);
        return facetsConfig.build(doc);
    }

    private static FieldType matchType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
