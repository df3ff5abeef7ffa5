package org.entitas.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * The members of zip and tar archives, one after the other, as {@link Inputs} reads them: a zip file on disk (its
 * central directory first), a zip stream, a tar stream. Decompressed bytes count against the archive's inflation
 * budget; a tar member that is not a regular file says why. Each instance is read by one thread.
 */
final class ArchiveMembers {

    private ArchiveMembers() {
    }

    /** The members of an archive, one after the other. */
    interface Members extends AutoCloseable {
        /** The next file member's name, or null at the end; directories are skipped. */
        String next() throws IOException;

        /** The current member's content. */
        InputStream content();

        /** Why the current member is not read (a link, a device, a FIFO), or null if it is a regular file. */
        default String notRegular() {
            return null;
        }

        @Override
        void close() throws IOException;
    }

    static final class ZipMembers implements Members {
        private final ZipInputStream zip;
        private final InputStream content;

        /** The members of a zip stream of {@code size} bytes, which may inflate to {@code budget} bytes in all. */
        ZipMembers(ZipInputStream zip, long budget, long size, long ratio, String id) {
            this.zip = zip;
            this.content = Bounded.inflation(zip, budget, size, ratio, id);
        }

        @Override
        public String next() throws IOException {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (!e.isDirectory()) {
                    return e.getName();
                }
            }
            return null;
        }

        @Override
        public InputStream content() {
            return content;
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }

    static final class ZipFileMembers implements Members {
        private final ZipFile zip;
        private final Enumeration<? extends ZipEntry> entries;
        private final long[] budget;
        private final long size;
        private final long ratio;
        private final String id;
        private InputStream current;

        /** The members of a zip file of {@code size} bytes, which may inflate to {@code budget} bytes in all. */
        ZipFileMembers(ZipFile zip, long budget, long size, long ratio, String id) {
            this.zip = zip;
            this.entries = zip.entries();
            this.budget = new long[] {budget};
            this.size = size;
            this.ratio = ratio;
            this.id = id;
        }

        @Override
        public String next() throws IOException {
            if (current != null) {
                current.close();
                current = null;
            }
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (!e.isDirectory()) {
                    // what is left of the whole file's budget, counted down as members are read
                    current = new FilterInputStream(Bounded.inflation(zip.getInputStream(e), budget[0], size,
                            ratio, id)) {
                        @Override
                        public int read(byte[] b, int off, int len) throws IOException {
                            int r = super.read(b, off, len);
                            if (r > 0) {
                                budget[0] -= r;
                            }
                            return r;
                        }

                        @Override
                        public int read() throws IOException {
                            int r = super.read();
                            if (r >= 0) {
                                budget[0]--;
                            }
                            return r;
                        }
                    };
                    return e.getName();
                }
            }
            return null;
        }

        @Override
        public InputStream content() {
            return current;
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }

    static final class TarMembers implements Members {
        private final TarArchiveInputStream tar;
        private String notRegular;

        TarMembers(TarArchiveInputStream tar) {
            this.tar = tar;
        }

        @Override
        public String next() throws IOException {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                if (e.isDirectory()) {
                    continue;
                }
                notRegular = e.isSymbolicLink() ? "a symbolic link to " + e.getLinkName()
                        : e.isLink() ? "a hard link to " + e.getLinkName()
                        : e.isCharacterDevice() || e.isBlockDevice() ? "a device"
                        : e.isFIFO() ? "a FIFO"
                        : e.isFile() ? null : "not a regular file (type '" + (char) e.getLinkFlag() + "')";
                return e.getName();
            }
            return null;
        }

        @Override
        public InputStream content() {
            return tar;
        }

        @Override
        public String notRegular() {
            return notRegular;
        }

        @Override
        public void close() throws IOException {
            tar.close();
        }
    }
}
