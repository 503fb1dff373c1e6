///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//PREVIEW

// Starts COUNT (default 1,000,000) virtual threads that each sleep one second, waits for all of
// them, and prints the time from the first start to the last finish. bench/million runs it under
// /usr/bin/time beside bench/million.go; the first argument picks how the threads are started and
// awaited, the way a reader might write it:
//
//   executor  Executors.newVirtualThreadPerTaskExecutor(), submit, close() waits
//   join      Thread.ofVirtual().start, then join() each thread
//   latch     Thread.ofVirtual().start, each task counts down one CountDownLatch, await()
//   factory   Thread.ofVirtual().factory().newThread(task).start(), then a latch as above
//   scope     StructuredTaskScope (preview in JDK 25): fork each task, join() waits
//
// A third argument, warm, first starts one virtual thread that sleeps a millisecond and waits for it
// (untimed), so that the JIT compiler sees a virtual thread wake and end before it compiles that path:
//
//   jbang bench/Million.java latch [count] [warm]

import java.util.concurrent.StructuredTaskScope;

long started; // when the last task was started

void sleepOneSecond() {
    try {
        Thread.sleep(Duration.ofSeconds(1));
    } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
    }
}

void executor(int count) {
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
        for (int i = 0; i < count; i++) {
            executor.submit(this::sleepOneSecond);
        }
        started = System.nanoTime();
    }
}

void join(int count) throws InterruptedException {
    var threads = new Thread[count];
    for (int i = 0; i < count; i++) {
        threads[i] = Thread.ofVirtual().start(this::sleepOneSecond);
    }
    started = System.nanoTime();
    for (Thread thread : threads) {
        thread.join();
    }
}

void latch(int count, ThreadFactory factory) throws InterruptedException {
    var done = new CountDownLatch(count);
    Runnable task = () -> {
        try {
            sleepOneSecond();
        } finally {
            done.countDown();
        }
    };
    for (int i = 0; i < count; i++) {
        if (factory == null) {
            Thread.ofVirtual().start(task);
        } else {
            factory.newThread(task).start();
        }
    }
    started = System.nanoTime();
    done.await();
}

void scope(int count) throws InterruptedException {
    try (var scope = StructuredTaskScope.open()) {
        for (int i = 0; i < count; i++) {
            scope.fork(this::sleepOneSecond);
        }
        started = System.nanoTime();
        scope.join();
    }
}

void main(String[] args) throws InterruptedException {
    String how = args.length > 0 ? args[0] : "executor";
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    if (args.length > 2 && args[2].equals("warm")) {
        Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }).join();
    }
    long start = System.nanoTime();
    switch (how) {
        case "executor" -> executor(count);
        case "join" -> join(count);
        case "latch" -> latch(count, null);
        case "factory" -> latch(count, Thread.ofVirtual().factory());
        case "scope" -> scope(count);
        default -> {
            System.err.println("unknown way to start threads: " + how + " (executor, join, latch, factory, scope)");
            System.exit(2);
        }
    }
    long end = System.nanoTime();
    IO.println("java %s: %d tasks slept 1s each, all started in %.2fs, all done in %.2fs".formatted(
            how, count, (started - start) / 1e9, (end - start) / 1e9));
}
