package org.entitas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.entitas.EntityExtractor;
import org.entitas.TaggedDocument;
import org.entitas.bulk.InputOptions;
import org.entitas.bulk.InputRecord;
import org.entitas.bulk.Inputs;
import org.entitas.bulk.OrderedParallel;

/**
 * Tags the documents of the inputs of {@code graph} and {@code render} in parallel and hands each, in input
 * order and with its text, to a consumer; a document that cannot be read is reported on the error stream.
 */
final class TaggedInputs {

    /** A tagged document with its text. */
    record Tagged(String text, TaggedDocument document) {
    }

    private TaggedInputs() {
    }

    /** @return how many documents failed */
    static int forEach(List<Path> inputs, InputOptions options, int workers, PrintWriter err, Consumer<Tagged> each)
            throws IOException {
        EntityExtractor extractor = EntityExtractor.indonesian();
        int failed = 0;
        try (Stream<InputRecord> records = Inputs.read(Inputs.files(inputs, options), options);
                Stream<Object> results = OrderedParallel.map(records, r -> tag(extractor, r), workers, 4 * workers)) {
            Iterator<Object> it = results.iterator();
            while (it.hasNext()) {
                Object result = it.next();
                if (result instanceof Tagged t) {
                    each.accept(t);
                } else {
                    err.println("entitas: failed " + ((InputRecord.Failure) result).reason());
                    failed++;
                }
            }
        }
        return failed;
    }

    private static Object tag(EntityExtractor extractor, InputRecord r) {
        if (r instanceof InputRecord.Doc d) {
            return new Tagged(d.document().text(), extractor.extract(d.document()));
        }
        return r;
    }
}
