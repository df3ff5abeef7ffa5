package org.entitas.io;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.entitas.Mention;
import org.entitas.Sentence;
import org.entitas.TaggedDocument;
import org.entitas.Token;

/**
 * The formats tagged documents are written in. Each format turns one document into a complete chunk of text ending
 * with a line break, so that a file cut after any chunk is valid. Stateless and thread-safe.
 */
public enum OutputFormat {

    /** JSON Lines, one object per document; see {@link JsonLines}. */
    JSON {
        @Override
        public void write(TaggedDocument tagged, Writer out, OutputOptions options) throws IOException {
            JsonLines.write(tagged, out, options);
        }
    },

    /**
     * A CSV table of mentions (RFC 4180, UTF-8), one row per mention: {@code id,type,text,start,end,confidence},
     * offsets in the unit of {@link OutputOptions#offsets()}. A document without mentions has no row. Unless
     * {@link OutputOptions#keepFormulas()}, ids and texts beginning with {@code = + - @}, a tab or a carriage
     * return get a leading single quote, so that a spreadsheet does not run them as formulas.
     */
    CSV {
        @Override
        public String header() {
            return "id,type,text,start,end,confidence\r\n";
        }

        @Override
        public void write(TaggedDocument tagged, Writer out, OutputOptions options) throws IOException {
            boolean keep = options.keepFormulas();
            String id = Csv.field(tagged.id(), keep);
            OffsetUnit unit = OffsetUnit.of(tagged.text(), options.offsets());
            for (Mention m : tagged.mentions()) {
                out.append(id).append(',').append(m.type().name()).append(',')
                        .append(Csv.field(m.text(), keep))
                        .append(',').append(String.valueOf(unit.at(m.start()))).append(',')
                        .append(String.valueOf(unit.at(m.end())))
                        .append(',').append(JsonLines.confidence(m.confidence()).toPlainString()).append("\r\n");
            }
        }
    },

    /**
     * CoNLL: a {@code -DOCSTART-} line with the document's id (whitespace made {@code _}), a blank line, then one
     * line per token, {@code token<TAB>tag} with IOB2 tags ({@code B-PER}, {@code I-LOC}, {@code O}, ...), and a
     * blank line after each sentence. A document with a token beginning with {@code -DOCSTART-} cannot be written
     * ({@link #refusal}).
     */
    CONLL {
        @Override
        public Optional<String> refusal(TaggedDocument tagged) {
            for (int s = 0; s < tagged.sentences().size(); s++) {
                List<Token> tokens = tagged.sentences().get(s).tokens();
                for (int t = 0; t < tokens.size(); t++) {
                    if (tokens.get(t).text().startsWith(DOCSTART)) {
                        return Optional.of("token " + (t + 1) + " of sentence " + (s + 1) + " (at character "
                                + tokens.get(t).start() + ") begins with " + DOCSTART
                                + ", which CoNLL reads as a document break; not written as CoNLL");
                    }
                }
            }
            return Optional.empty();
        }

        @Override
        public void write(TaggedDocument tagged, Writer out, OutputOptions options) throws IOException {
            refusal(tagged).ifPresent(why -> {
                throw new IllegalArgumentException(tagged.id() + ": " + why);
            });
            out.write(DOCSTART + "\t" + LoneSurrogates.replaced(tagged.id()).replaceAll("\\s", "_") + "\n\n");
            List<List<String>> tags = IobSpans.tags(tagged);
            for (int s = 0; s < tags.size(); s++) {
                Sentence sentence = tagged.sentences().get(s);
                for (int t = 0; t < tags.get(s).size(); t++) {
                    Token token = sentence.tokens().get(t);
                    out.append(LoneSurrogates.replaced(token.text())).append('\t').append(tags.get(s).get(t))
                            .append('\n');
                }
                out.write('\n');
            }
        }
    };

    private static final String DOCSTART = "-DOCSTART-";

    /**
     * Writes the document as a chunk of output ending with a line break (nothing for CSV without mentions),
     * streaming: a document with a million mentions is never held as one string. Each lone surrogate is written as
     * U+FFFD ({@link LoneSurrogates}), so a UTF-8 writer never fails on one nor writes {@code ?}.
     *
     * @throws IllegalArgumentException if the format cannot hold the document ({@link #refusal} says why)
     */
    public abstract void write(TaggedDocument tagged, Writer out, OutputOptions options) throws IOException;

    /**
     * Why the document cannot be written in this format, or empty if it can (a bulk run records such a document as
     * a failure): only CoNLL refuses any, those with a token beginning with {@code -DOCSTART-}, which would read
     * back as a document break.
     */
    public Optional<String> refusal(TaggedDocument tagged) {
        return Optional.empty();
    }

    /** What a new file starts with. */
    public String header() {
        return "";
    }
}
