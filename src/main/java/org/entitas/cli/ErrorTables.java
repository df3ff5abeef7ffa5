package org.entitas.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.entitas.eval.ErrorTable;

/** Prints an {@link ErrorTable}: counts per type and class, shares of the gold mentions, then the examples kept. */
final class ErrorTables {

    private ErrorTables() {
    }

    static void print(PrintWriter w, ErrorTable table) {
        w.printf(Locale.ROOT, "  %-14s", "errors");
        for (ErrorTable.Kind k : ErrorTable.Kind.values()) {
            w.printf(Locale.ROOT, " %10s", k.column());
        }
        w.println();
        table.counts().forEach((label, byKind) -> {
            w.printf(Locale.ROOT, "  %-14s", label);
            for (ErrorTable.Kind k : ErrorTable.Kind.values()) {
                w.printf(Locale.ROOT, " %10d", byKind.getOrDefault(k, 0L));
            }
            w.println();
        });
        long gold = 0;
        for (ErrorTable.Kind k : ErrorTable.Kind.values()) {
            gold += k == ErrorTable.Kind.SPURIOUS ? 0 : table.total(k);
        }
        w.printf(Locale.ROOT, "  %-14s", "share of gold");
        for (ErrorTable.Kind k : ErrorTable.Kind.values()) {
            w.printf(Locale.ROOT, " %9.1f%%", gold == 0 ? 0 : 100.0 * table.total(k) / gold);
        }
        w.println();
        for (ErrorTable.Kind k : ErrorTable.Kind.values()) {
            for (String e : table.examples(k)) {
                w.println("    " + k.column() + ": " + e);
            }
        }
        w.flush();
    }

}
