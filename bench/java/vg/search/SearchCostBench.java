package vg.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopFieldCollectorManager;
import vg.bench.SyntheticCatalogue;

/**
 * Where an uncached misspelt search of the 100,000-tone catalogue spends its time, one step at a time, in one
 * thread: building the query (expanding the typo, as for a typo nobody sent before), rewriting it, and
 * walking and scoring its hits; beside the whole search with the searcher's remembered typos.
 */
public final class SearchCostBench {
    private static final int QUERIES = 20_000;

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("vg-bench-search-cost");
        List<IndexedTone> tones = SyntheticCatalogue.generate(100_000, 42);
        List<String> queries = SyntheticCatalogue.misspeltPairs(QUERIES);
        try (ToneIndex index = ToneIndex.open(work, 1, tones::stream, 0)) {
            double whole = 0;
            long hits = 0;
            for (int round = 0; round < 3; round++) {
                index.upsert(tones.get(0)); // the next search opens a new searcher, which remembers no typo yet
                index.search(query("x"));
                long t0 = System.nanoTime();
                hits = 0;
                for (String q : queries) hits += index.search(query(q)).total();
                whole = (System.nanoTime() - t0) / 1e6 / queries.size();
            }
            ToneAnalyzers analyzers = new ToneAnalyzers();
            ToneQueries toneQueries = new ToneQueries(analyzers, new ToneDocuments(analyzers, ToneDocuments.facetsConfig()));
            IndexSearcher searcher = new IndexSearcher(openReader(work));
            List<NearTermIndex> nearTerms = NearTermIndexes.build(searcher.getIndexReader());
            TermDocSets docSets = new TermDocSets();
            double build = 0, rewrite = 0, walk = 0;
            for (int round = 0; round < 3; round++) {
                long b = 0, r = 0, w = 0;
                for (String q : queries) {
                    long t0 = System.nanoTime();
                    Query built = toneQueries.forText(q, new TypoExpansions(searcher, nearTerms), docSets);
                    long t1 = System.nanoTime();
                    Query rewritten = searcher.rewrite(built);
                    long t2 = System.nanoTime();
                    searcher.search(rewritten, new TopFieldCollectorManager(ToneSorts.of(SearchSort.RELEVANCE), 20, null, Integer.MAX_VALUE));
                    long t3 = System.nanoTime();
                    b += t1 - t0;
                    r += t2 - t1;
                    w += t3 - t2;
                }
                build = b / 1e6 / queries.size();
                rewrite = r / 1e6 / queries.size();
                walk = w / 1e6 / queries.size();
            }
            searcher.getIndexReader().close();
            analyzers.close();
            System.out.println();
            System.out.printf("### Cost of one uncached misspelt two-word search, %,d tones, one thread (bench/run searchcost)%n%n", tones.size());
            System.out.println("| step | ms per search |");
            System.out.println("|---|---|");
            System.out.printf("| whole search, a new searcher each round of %,d queries (typos repeat within a round) | %.3f |%n", queries.size(), whole);
            System.out.printf("| build the query, every typo expanded and every term looked up anew | %.3f |%n", build);
            System.out.printf("| rewrite the built query | %.3f |%n", rewrite);
            System.out.printf("| filter, walk, score and collect the hits (exact total, top 20; no facets) | %.3f |%n", walk);
            System.out.printf("| mean hits per search | %,d |%n", hits / queries.size());
        }
    }

    private static org.apache.lucene.index.DirectoryReader openReader(Path root) throws java.io.IOException {
        Path main = new IndexFolders(root, ToneIndex.SCHEMA_VERSION).main;
        return org.apache.lucene.index.DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(main));
    }

    private static SearchQuery query(String text) {
        return new SearchQuery(text, Optional.empty(), Optional.empty(), null, 1, 20);
    }
}
