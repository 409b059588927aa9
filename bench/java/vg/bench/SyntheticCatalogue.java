package vg.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import vg.search.IndexedTone;

/** A large catalogue with titles and artists in both scripts, drawn from a fixed seed so every run is the same. */
public final class SyntheticCatalogue {
    static final String[] THEMES = {"pop", "rock", "classical", "holidays", "children", "humour", "status"};
    static final String[] THEME_NAMES = {"Поп", "Рок", "Классика", "Праздники", "Детские", "Юмор", "Статусы"};
    private static final String[] KINDS = {"melody", "melody", "melody", "melody", "status", "joke"};
    private static final String[] RU_WORDS = ("звонок звезда солнце ночь город любовь весна лето зима осень дорога море небо"
            + " ветер песня сердце мечта огонь дождь снег река поле берёза калина рассвет закат танец праздник улыбка"
            + " друг подруга мама папа дом окно время память свобода надежда крылья полёт утро вечер").split(" ");
    private static final String[] EN_WORDS = ("bell star sun night city love spring summer winter autumn road sea sky wind"
            + " song heart dream fire rain snow river field dance party smile friend home window time memory freedom"
            + " hope wings flight morning evening ringing call blue gold silver wild").split(" ");
    private static final String[] RU_ARTISTS = {"Кино", "Ария", "Сплин", "Земфира", "Мумий Тролль", "Сектор Газа", "Пётр Чайковский",
            "Сергей Рахманинов", "Михаил Глинка", "Народная", "Оркестр vg", "Голос vg", "Детский хор", "Звери", "Би-2"};
    private static final String[] EN_ARTISTS = {"Ludwig van Beethoven", "Wolfgang Amadeus Mozart", "Johann Sebastian Bach",
            "Antonio Vivaldi", "Edvard Grieg", "The Bells", "Night Riders", "Blue Sky Band", "vg studio", "Silver Strings",
            "Morning Choir", "Wild Hearts"};

    private SyntheticCatalogue() {
    }

    public static List<IndexedTone> generate(int count, long seed) {
        Random r = new Random(seed);
        List<IndexedTone> tones = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            boolean russian = r.nextInt(100) < 55;
            String[] words = russian ? RU_WORDS : EN_WORDS;
            int n = 1 + r.nextInt(4);
            StringBuilder title = new StringBuilder();
            for (int w = 0; w < n; w++) {
                if (w > 0) title.append(' ');
                String word = words[r.nextInt(words.length)];
                title.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            }
            String artist = r.nextInt(100) < 55 ? RU_ARTISTS[r.nextInt(RU_ARTISTS.length)] : EN_ARTISTS[r.nextInt(EN_ARTISTS.length)];
            String tags = RU_WORDS[r.nextInt(RU_WORDS.length)] + " " + EN_WORDS[r.nextInt(EN_WORDS.length)];
            int theme = r.nextInt(THEMES.length);
            String kind = theme == 6 ? "status" : KINDS[r.nextInt(KINDS.length)];
            tones.add(new IndexedTone(i, title.toString(), artist, tags, THEMES[theme], THEME_NAMES[theme], kind,
                    1000 + 100L * r.nextInt(50), 10 + r.nextInt(35), r.nextInt(10_000), (i * 37L) % 500, 1_700_000_000_000L + i * 60_000L));
        }
        return tones;
    }

    /**
     * {@code count} distinct two-word queries of title words, with one letter of the second word changed: what a
     * person typing new things sends, which no page cache has seen.
     */
    public static List<String> misspeltPairs(int count) {
        return misspeltPairs(count, 11, query -> true);
    }

    /**
     * Queries like the {@code measured} of {@link #misspeltPairs(int)} and none of them, so that no page cache has
     * seen those when they are measured. Their typos are of the same kind (the kind holds under three thousand
     * typos, which the measured queries also repeat within their first seconds), so the warm-up sends the JIT the
     * same word shapes: typos of another kind left the stemmers with branches the warm-up had not taken, and their
     * deoptimisation recompiled the search route inside the measured run.
     */
    public static List<String> warmUpPairs(int count, List<String> measured) {
        Set<String> measuredQueries = new HashSet<>(measured);
        return misspeltPairs(count, 12, query -> !measuredQueries.contains(query));
    }

    /** {@code count} distinct queries that {@code allowed} takes; fails rather than loop when there are not so many. */
    private static List<String> misspeltPairs(int count, long seed, Predicate<String> allowed) {
        Random random = new Random(seed);
        Set<String> queries = new LinkedHashSet<>();
        List<String> words = new ArrayList<>();
        for (IndexedTone t : generate(5_000, 99))
            for (String w : t.title().toLowerCase().split("\\s+")) if (w.codePointCount(0, w.length()) >= 5) words.add(w);
        for (long drawn = 0; queries.size() < count; drawn++) {
            // the words and typos make under 200,000 distinct queries: far more draws than asked means they ran out
            if (drawn > 50L * count) throw new IllegalArgumentException("only " + queries.size() + " such queries, not " + count);
            String a = words.get(random.nextInt(words.size()));
            String b = words.get(random.nextInt(words.size()));
            char[] typo = b.toCharArray();
            int at = 1 + random.nextInt(typo.length - 2);
            boolean cyrillic = Character.isLetter(typo[at]) && typo[at] >= 'а';
            int letter = 2 * random.nextInt(cyrillic ? 16 : 13) + 1;
            char changed = cyrillic ? (char) ('а' + letter) : (char) ('a' + letter);
            String misspelt = b.substring(0, at) + changed + b.substring(at + 1);
            String query = a + " " + misspelt;
            if (allowed.test(query)) queries.add(query);
        }
        return new ArrayList<>(queries);
    }

    /** The fixed mix of queries: words, prefixes, typos, transliteration; every fifth one also filters by theme. */
    static final String[] QUERIES = {"звезда", "звёзды", "любовь", "песни", "kino", "кино", "zvezda", "bethoven", "Beethoven",
            "моцарт", "mozart", "чайковский", "chaikovsky", "spring", "ringing", "bells", "звон", "sta", "вес", "night riders",
            "ночной город", "Сплин", "splin", "Рахманинов", "rahmaninov", "лето море", "dream", "drem", "свобода", "blue sky"};
}
