package vg.bench;

import java.util.ArrayList;
import java.util.List;

/** Prints measured figures as a Markdown table, ready for the README. */
final class Table {
    private final String title;
    private final List<String[]> rows = new ArrayList<>();

    Table(String title) {
        this.title = title;
    }

    Table row(String what, String figure, String target) {
        rows.add(new String[] {what, figure, target});
        return this;
    }

    void print() {
        System.out.println();
        System.out.println("### " + title);
        System.out.println();
        System.out.println("| measure | figure | target |");
        System.out.println("|---|---|---|");
        for (String[] r : rows) System.out.println("| " + r[0] + " | " + r[1] + " | " + r[2] + " |");
        System.out.println();
    }
}
