package org.entitas.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Work on a thread of its own: its result, or what it threw, to whoever takes it. */
class BackgroundTest {

    @Test
    void givesTheResultComputedOnAnotherThread() throws IOException {
        Thread caller = Thread.currentThread();
        Background<String> b = Background.start("test-worker", () -> {
            assertThat(Thread.currentThread()).isNotSameAs(caller);
            assertThat(Thread.currentThread().isDaemon()).isTrue();
            return Thread.currentThread().getName();
        });
        assertThat(b.get()).isEqualTo("test-worker");
        assertThat(b.get()).isEqualTo("test-worker");
    }

    @Test
    void throwsWhatTheWorkThrewAsItWas() {
        IOException io = new IOException("cut short");
        assertThatThrownBy(() -> Background.start("t", () -> {
            throw io;
        }).get()).isSameAs(io);
        UncheckedIOException unchecked = new UncheckedIOException(io);
        assertThatThrownBy(() -> Background.start("t", () -> {
            throw unchecked;
        }).get()).isSameAs(unchecked);
        OutOfMemoryError oom = new OutOfMemoryError("test");
        assertThatThrownBy(() -> Background.start("t", () -> {
            throw oom;
        }).get()).isSameAs(oom);
        Exception checked = new Exception("other");
        assertThatThrownBy(() -> Background.start("t", () -> {
            throw checked;
        }).get()).isInstanceOf(IllegalStateException.class).hasCause(checked);
    }

    @Test
    void anInterruptWhileWaitingIsKeptAndTheResultStillTaken() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Background<Integer> b = Background.start("t", () -> {
            release.await();
            return 7;
        });
        Thread.currentThread().interrupt();
        Thread releaser = new Thread(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            release.countDown();
        });
        releaser.start();
        try {
            assertThat(b.get()).isEqualTo(7);
            assertThat(Thread.interrupted()).isTrue();
        } finally {
            releaser.join();
        }
    }
}
