package vg.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ScoreDoc;
import vg.bench.SyntheticCatalogue;

/**
 * Where an uncached misspelt search of the 100,000-tone catalogue spends its time, one step at a time, in one
 * thread: building the query, telling its matches with their total and facet counts from bit sets, finding the best
 * 20 among them, and reading those 20 tones; beside the whole search. Each round has a new searcher, which meets
 * every word anew (expanding its typo, remembering its scores) the first time the round sends it; the words repeat
 * within a round, as people's do.
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
            var reader = openReader(work);
            SegmentMemory segments = SegmentMemory.create();
            double build = 0, match = 0, top = 0, load = 0;
            for (int round = 0; round < 3; round++) {
                // a new searcher a round: its word clauses, typo expansions and remembered scores are made anew
                FacetedSearcher searcher = (FacetedSearcher) FacetedSearcher.factory(ToneDocuments.facetsConfig(), 0, segments)
                        .newSearcher(reader, null);
                long b = 0, m = 0, t = 0, l = 0;
                for (String q : queries) {
                    long t0 = System.nanoTime();
                    ToneQueries.TextQuery built = toneQueries.forText(q, searcher.vocabulary);
                    long t1 = System.nanoTime();
                    MatchedTones matched = MatchedTones.of(searcher, built.matches().orElseThrow(), segments.facetColumns(), null, null);
                    long t2 = System.nanoTime();
                    int wanted = (int) Math.min(20, matched.total());
                    ScoreDoc[] best = wanted == 0 ? new ScoreDoc[0] : built.isSumOfRememberedWords()
                            ? TopByRelevance.ofSums(searcher, built.summed(), matched, wanted)
                            : TopByRelevance.of(searcher, new BooleanQuery.Builder().add(built.query(), Occur.MUST)
                                    .add(matched.filter(), Occur.FILTER).build(), wanted);
                    long t3 = System.nanoTime();
                    int[] docs = new int[best.length];
                    for (int i = 0; i < best.length; i++) docs[i] = best[i].doc;
                    StoredTones.load(reader, docs);
                    long t4 = System.nanoTime();
                    b += t1 - t0;
                    m += t2 - t1;
                    t += t3 - t2;
                    l += t4 - t3;
                }
                build = b / 1e6 / queries.size();
                match = m / 1e6 / queries.size();
                top = t / 1e6 / queries.size();
                load = l / 1e6 / queries.size();
            }
            reader.close();
            analyzers.close();
            System.out.println();
            System.out.printf("### Cost of one uncached misspelt two-word search, %,d tones, one thread (bench/run searchcost)%n%n", tones.size());
            System.out.println("| step | ms per search |");
            System.out.println("|---|---|");
            System.out.printf("| whole search, a new searcher each round of %,d queries (words and typos repeat within a round) | %.3f |%n", queries.size(), whole);
            System.out.printf("| build the query (a word met first in the round: analysed, looked up, typo expanded) | %.3f |%n", build);
            System.out.printf("| tell the matches as bit sets, with the total and the facet counts (a common word met first: scored whole) | %.3f |%n", match);
            System.out.printf("| score the matches and keep the best 20 (summing remembered word scores where that is the score) | %.3f |%n", top);
            System.out.printf("| read the 20 tones | %.3f |%n", load);
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
