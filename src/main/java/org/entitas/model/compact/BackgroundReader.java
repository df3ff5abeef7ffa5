package org.entitas.model.compact;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import opennlp.tools.util.model.ArtifactSerializer;
import org.entitas.internal.Background;

/**
 * Reads a large model entry (a gazetteer, a word cluster file) on a thread of its own: its bytes are taken from
 * the archive on the loading thread, which goes on to the next entry while they are decoded. The model that
 * uses it must put each {@link Background} it returns back in its place before the entries are used
 * ({@link CompactNameFinderModel#validateArtifactMap}). Entries under {@link #MIN_BYTES} are read at once. Read
 * only: writing goes to the serializer it wraps.
 */
final class BackgroundReader implements ArtifactSerializer<Object> {

    /** The smallest entry worth a thread of its own. */
    static final int MIN_BYTES = 64 * 1024;

    private final ArtifactSerializer<Object> reader;
    private final String threadName;

    @SuppressWarnings("unchecked")
    BackgroundReader(ArtifactSerializer<?> reader, String threadName) {
        this.reader = (ArtifactSerializer<Object>) reader;
        this.threadName = threadName;
    }

    @Override
    public Object create(InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        if (bytes.length < MIN_BYTES) {
            return reader.create(new ByteArrayInputStream(bytes));
        }
        return Background.start(threadName, () -> reader.create(new ByteArrayInputStream(bytes)));
    }

    @Override
    public void serialize(Object artifact, OutputStream out) throws IOException {
        reader.serialize(artifact, out);
    }
}
