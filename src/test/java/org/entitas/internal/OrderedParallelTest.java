package org.entitas.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class OrderedParallelTest {

    /** The numbers 0, 1, ... up to {@code failAt}, where the iterator throws. */
    private static Stream<Integer> failingAt(int failAt) {
        Iterator<Integer> it = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Integer next() {
                if (next == failAt) {
                    throw new IllegalStateException("input broken at " + failAt);
                }
                return next++;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false);
    }

    @Test
    void resultsComeInInputOrder() {
        try (Stream<Integer> out = OrderedParallel.map(Stream.iterate(0, i -> i + 1).limit(100), i -> i * 2, 3, 8)) {
            assertThat(out.toList()).isEqualTo(Stream.iterate(0, i -> i + 2).limit(100).toList());
        }
    }

    @Test
    void anExceptionOfTheInputComesAfterTheResultsOfEveryItemReadBeforeIt() {
        List<Integer> read = new ArrayList<>();
        try (Stream<Integer> out = OrderedParallel.map(failingAt(6), i -> i * 10, 2, 16)) {
            Iterator<Integer> it = out.iterator();
            assertThatThrownBy(() -> {
                while (it.hasNext()) {
                    read.add(it.next());
                }
            }).isInstanceOf(IllegalStateException.class).hasMessage("input broken at 6");
        }
        assertThat(read).containsExactly(0, 10, 20, 30, 40, 50);
    }

    @Test
    void onASharedExecutorTheWaitStandsInForLateResultsAndTheExecutorKeepsRunning() throws Exception {
        ExecutorService shared = Executors.newFixedThreadPool(2);
        try {
            OrderedParallel.Wait<Integer, String> wait = (item, result) -> {
                try {
                    return result.get(200, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    result.cancel(true);
                    return item + " late";
                }
            };
            try (Stream<String> out = OrderedParallel.map(Stream.of(1, 2, 3, 4), i -> slow(i, i == 3), shared, 2,
                    wait)) {
                assertThat(out.toList()).containsExactly("1", "2", "3 late", "4");
            }
            assertThat(shared.isShutdown()).isFalse();
            assertThat(shared.submit(() -> "still running").get()).isEqualTo("still running");
        } finally {
            shared.shutdownNow();
        }
    }

    private static String slow(int i, boolean late) {
        if (late) {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                return "interrupted";
            }
        }
        return String.valueOf(i);
    }
}
